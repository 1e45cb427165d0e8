package de.schulplatz.intake;

import de.schulplatz.excel.UnreadableWorkbookException;
import de.schulplatz.schoolsystem.Authorities;
import de.schulplatz.schools.School;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Reads input workbooks, newest first, each in one pass: every sheet's rows are parsed while the file is
 * open, into drafts the import steps settle. The newest version of a Fallnummer or Schulnummer is decided
 * here, across the files given to one reader.
 */
final class InputReader {

    private final AddressResolver addresses;
    private final Authorities authorities;
    private final LocalDate planningDate;
    private NewestVersions schoolNumbers = new NewestVersions();
    private NewestVersions caseNumbers = new NewestVersions();
    /** The transition sheet's Fallnummern are their own: a pupil is in "Schüler" and in "Übergang". */
    private final NewestVersions transitionCases = new NewestVersions();
    private final List<ImportProblem> remarks = new ArrayList<>();
    private final List<InputRead.FileRows> files = new ArrayList<>();

    /** @param planningDate the day the plan is made for; birth dates are checked against it */
    InputReader(AddressResolver addresses, Authorities authorities, LocalDate planningDate) {
        this.addresses = addresses;
        this.authorities = authorities;
        this.planningDate = planningDate;
    }

    /** Every workbook of the folder, or an exception naming the first that cannot be read. */
    static InputRead readFolder(Path folder, AddressResolver addresses, Authorities authorities,
            LocalDate planningDate) {
        InputReader reader = new InputReader(addresses, authorities, planningDate);
        List<Path> workbooks = new ArrayList<>(InputFolder.workbooks(folder, reader.remarks));
        Collections.reverse(workbooks);
        workbooks.forEach(reader::read);
        return reader.result();
    }

    List<ImportProblem> remarks() {
        return remarks;
    }

    /** Reads one workbook older than those read so far. */
    InputRead.FileRows read(Path path) {
        List<SheetRows<School>> schools = new ArrayList<>();
        List<SheetRows<QuotaRowParser.Draft>> quotas = new ArrayList<>();
        List<SheetRows<PupilRowParser.Draft>> pupils = new ArrayList<>();
        List<SheetRows<CorrectionsImport.Draft>> corrections = new ArrayList<>();
        List<SheetRows<TransitionRows.CaseDraft>> transitions = new ArrayList<>();
        List<SheetRows<TransitionRows.PlaceDraft>> regularPlaces = new ArrayList<>();
        List<SheetRows<ListDecisions.Draft>> decisions = new ArrayList<>();
        List<ListDecisions.ListOrigin> origin = new ArrayList<>();
        String fileName = path.getFileName().toString();
        InputFolder.InputFile file = InputFolder.read(path, remarks, (kind, sheet) -> {
            switch (kind) {
                case SCHULEN -> schools.add(SheetReader.read(fileName, sheet, kind, Arrays.asList(SchoolColumn.values()),
                        new SchoolRowParser(addresses, authorities, fileName, schoolNumbers)));
                case FREIE_PLAETZE -> quotas.add(SheetReader.read(fileName, sheet, kind,
                        Arrays.asList(QuotaColumn.values()), new QuotaRowParser(fileName)));
                case SCHUELER -> pupils.add(SheetReader.read(fileName, sheet, kind, Arrays.asList(PupilColumn.values()),
                        new PupilRowParser(addresses, planningDate, fileName, caseNumbers)));
                case KORREKTUREN -> corrections.add(SheetReader.read(fileName, sheet, kind,
                        Arrays.asList(CorrectionColumn.values()), (row, hints) -> CorrectionsImport.draft(row, fileName)));
                case UEBERGANG -> transitions.add(SheetReader.read(fileName, sheet, kind,
                        Arrays.asList(TransitionColumn.values()), new TransitionRows.CaseParser(fileName, transitionCases)));
                case PLAETZE_REGELKLASSEN -> regularPlaces.add(SheetReader.read(fileName, sheet, kind,
                        Arrays.asList(RegularPlaceColumn.values()), new TransitionRows.PlaceParser(fileName)));
                case LISTE -> ListDecisions.origin(sheet).ifPresent(origin::add);
                case ENTSCHEIDUNGEN -> {
                    String school = ListDecisions.schoolOfSheet(sheet.getSheetName()).orElseThrow();
                    decisions.add(SheetReader.read(fileName, sheet, kind, Arrays.asList(DecisionColumn.values()),
                            (row, hints) -> ListDecisions.draft(row, fileName, school)));
                }
            }
        });
        InputRead.FileRows rows = new InputRead.FileRows(file, schools, quotas, pupils, corrections, transitions,
                regularPlaces, decisions, origin.isEmpty() ? null : origin.get(0));
        files.add(rows);
        return rows;
    }

    /**
     * Reads one workbook if it can be read; one that cannot leaves no trace (no remark, no Fallnummer taken).
     * For the files beside the one an upload check is about: their failure is not that file's.
     */
    boolean readIfReadable(Path path) {
        NewestVersions schoolsBefore = schoolNumbers.copy();
        NewestVersions pupilsBefore = caseNumbers.copy();
        int remarksBefore = remarks.size();
        try {
            if (InputFolder.isWorkbook(path, new ArrayList<>())) {
                read(path);
                return true;
            }
        } catch (UnreadableWorkbookException | IllegalArgumentException | UncheckedIOException e) {
            // only a help for the check of another file
        }
        schoolNumbers = schoolsBefore;
        caseNumbers = pupilsBefore;
        remarks.subList(remarksBefore, remarks.size()).clear();
        return false;
    }

    InputRead result() {
        return new InputRead(files, remarks);
    }
}
