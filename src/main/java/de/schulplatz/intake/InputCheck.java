package de.schulplatz.intake;

import de.schulplatz.excel.UnreadableWorkbookException;
import de.schulplatz.geo.MunicipalityDirectory;
import de.schulplatz.intake.ImportProblem.Severity;
import de.schulplatz.schoolsystem.Authorities;
import de.schulplatz.schools.School;
import de.schulplatz.schools.SchoolRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.schools.PlaceQuota;
import org.springframework.stereotype.Component;

/**
 * Checks one input workbook with the rules of the import, storing nothing: what the next run would read,
 * accept and reject from each sheet, with the same problems as the Fehlerbericht. Pupils' wish schools
 * and free places count as known when the school is in the database or in the same file. Rows of
 * "Korrekturen" are checked only for their own content; whether a correction can hold (pupil known, place
 * free, …) is decided by the run that applies it.
 */
@Component
public class InputCheck {

    /** Counts of one sheet; rowsRead = rowsAccepted + rowsRejected + rowsSuperseded. */
    public record SheetCheck(String sheet, SheetKind kind, int rowsRead, int rowsAccepted, int rowsRejected,
            int rowsSuperseded) {
    }

    /** A file waiting in the inbox of which this file replaces rows (same Fallnummer or Schulnummer). */
    public record Replaced(String fileName, int rows) {
    }

    /**
     * @param refusal  German reason why the run could not use the file at all (unreadable, no known sheet);
     *                 null when it is readable, even with rejected rows
     * @param replaces waiting files whose rows this newer file replaces in the next run
     */
    public record Result(String fileName, String refusal, List<SheetCheck> sheets, List<ImportProblem> problems,
            List<Replaced> replaces) {

        public boolean readable() {
            return refusal == null;
        }

        public int rowsRead() {
            return sheets.stream().mapToInt(SheetCheck::rowsRead).sum();
        }

        public int rowsRejected() {
            return sheets.stream().mapToInt(SheetCheck::rowsRejected).sum();
        }

        /** Whether the run would reject something (a row, or a whole sheet for a missing column). */
        public boolean hasErrors() {
            return problems.stream().anyMatch(p -> p.severity() == Severity.FEHLER);
        }

        static Result refused(String fileName, String refusal, List<ImportProblem> problems) {
            return new Result(fileName, refusal, List.of(), problems, List.of());
        }
    }

    private final SchoolRepository schools;
    private final AddressResolver addresses;
    private final Authorities authorities;

    InputCheck(SchoolRepository schools, MunicipalityDirectory municipalities, Authorities authorities) {
        this.schools = schools;
        this.addresses = new AddressResolver(municipalities);
        this.authorities = authorities;
    }

    /** @param planningDate the day the next plan is made for; birth dates are checked against it */
    public Result check(Path file, LocalDate planningDate) {
        return check(file, planningDate, List.of());
    }

    /**
     * Checks the file as the newest of the next run's input, beside the files already waiting in the inbox:
     * their schools count as known (no false "Schule unbekannt" when the pupils' file comes after the
     * schools' file), and where this file carries a pupil or school of a waiting file, it replaces that row,
     * as the run will do ({@link NewestVersions}).
     *
     * @param waiting the other workbooks the same run will read (the inbox)
     */
    public Result check(Path file, LocalDate planningDate, List<Path> waiting) {
        String fileName = file.getFileName().toString();
        try {
            List<ImportProblem> problems = new ArrayList<>();
            // The run would pass over such a file with a remark; as an upload it is of no use.
            if (!InputFolder.isWorkbook(file, problems)) {
                return Result.refused(fileName, "Datei " + fileName + " ist keine Excel-Arbeitsmappe (.xlsx)", problems);
            }
            InputReader reader = new InputReader(addresses, authorities, planningDate);
            // This file first: it is the newest, so its rows win over those of the waiting files.
            InputRead.FileRows input = reader.read(file);
            problems.addAll(reader.remarks());
            if (input.file().sheets().isEmpty()) {
                return Result.refused(fileName, "Datei " + fileName + " enthält keine Tabelle „Schulen“, „Freie Plätze“, "
                        + "„Schüler“ oder „Korrekturen“; bitte die Blätter wie in der Vorlage benennen", problems);
            }
            List<Path> newestFirst = new ArrayList<>(waiting);
            newestFirst.sort(InputFiles.ARRIVAL.reversed());
            // one that cannot be read is left out: the run will say why, and this file's check must not fail for it
            newestFirst.forEach(reader::readIfReadable);
            List<InputRead.FileRows> files = reader.result().newestFirst();

            List<List<SheetImport<School>>> schoolSheets = files.stream()
                    .map(each -> each.schools().stream().map(SheetRows::settled).toList()).toList();
            Map<String, School> schoolByNumber = new HashMap<>();
            schools.findAll().forEach(school -> schoolByNumber.put(school.schoolNumber(), school));
            schoolSheets.forEach(sheets -> sheets.forEach(sheet -> sheet.accepted()
                    .forEach(s -> schoolByNumber.put(s.schoolNumber(), s))));
            Set<String> knownSchools = new HashSet<>(schoolByNumber.keySet());

            QuotaRowParser.Settling quotaRules = new QuotaRowParser.Settling(schoolByNumber::get);
            List<List<SheetImport<PlaceQuota>>> quotaSheets = files.stream()
                    .map(each -> each.quotas().stream().map(sheet -> sheet.settle(quotaRules)).toList()).toList();
            List<List<SheetImport<Pupil>>> pupilSheets = files.stream()
                    .map(each -> each.pupils().stream()
                            .map(sheet -> sheet.settle(PupilRowParser.wishesAgainst(knownSchools::contains))).toList())
                    .toList();

            List<SheetImport<?>> sheets = new ArrayList<>();
            sheets.addAll(schoolSheets.get(0));
            sheets.addAll(quotaSheets.get(0));
            sheets.addAll(pupilSheets.get(0));
            input.corrections().forEach(sheet -> sheets.add(sheet.settled()));
            input.decisions().forEach(sheet -> sheets.add(sheet.settled()));

            List<SheetCheck> counts = new ArrayList<>();
            for (SheetImport<?> sheet : sheets) {
                counts.add(new SheetCheck(sheet.sheet(), sheet.kind(), sheet.rowsRead(), sheet.accepted().size(),
                        sheet.rowsRejected(), sheet.rowsSuperseded()));
                problems.addAll(sheet.problems());
            }
            Map<String, Integer> replacedRows = new TreeMap<>();
            for (int i = 1; i < files.size(); i++) {
                int rows = superseded(schoolSheets.get(i)) + superseded(quotaSheets.get(i)) + superseded(pupilSheets.get(i));
                if (rows > 0) {
                    replacedRows.merge(files.get(i).file().fileName(), rows, Integer::sum);
                }
            }
            return new Result(fileName, null, counts, problems, replacedRows.entrySet().stream()
                    .map(e -> new Replaced(e.getKey(), e.getValue())).toList());
        } catch (UnreadableWorkbookException e) {
            return Result.refused(fileName, e.getMessage(), List.of());
        }
    }

    private static int superseded(List<? extends SheetImport<?>> sheets) {
        return sheets.stream().mapToInt(SheetImport::rowsSuperseded).sum();
    }
}
