package de.schulplatz.intake;

import de.schulplatz.excel.UnreadableWorkbookException;
import de.schulplatz.geo.MunicipalityDirectory;
import de.schulplatz.intake.ImportProblem.Severity;
import de.schulplatz.schoolsystem.Authorities;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schools.School;
import de.schulplatz.schools.SchoolRepository;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Counts of one sheet; rowsRead = rowsAccepted + rowsRejected. */
    public record SheetCheck(String sheet, SheetKind kind, int rowsRead, int rowsAccepted, int rowsRejected) {
    }

    /**
     * @param refusal German reason why the run could not use the file at all (unreadable, no known sheet);
     *                null when it is readable, even with rejected rows
     */
    public record Result(String fileName, String refusal, List<SheetCheck> sheets, List<ImportProblem> problems) {

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
     * @param waiting other workbooks the same run will read (the inbox): their schools count as known, so a
     *                pupils' file uploaded after the schools' file gets no false "Schule unbekannt"
     */
    public Result check(Path file, LocalDate planningDate, List<Path> waiting) {
        String fileName = file.getFileName().toString();
        try {
            InputFolder.Scan scan = InputFolder.scanFile(file);
            List<ImportProblem> problems = new ArrayList<>(scan.remarks());
            // The run would pass over such a file with a remark; as an upload it is of no use.
            if (scan.files().isEmpty()) {
                return new Result(fileName, "Datei " + fileName + " ist keine Excel-Arbeitsmappe (.xlsx)", List.of(),
                        problems);
            }
            if (scan.files().get(0).sheets().isEmpty()) {
                return new Result(fileName, "Datei " + fileName + " enthält keine Tabelle „Schulen“, „Freie Plätze“, "
                        + "„Schüler“ oder „Korrekturen“; bitte die Blätter wie in der Vorlage benennen", List.of(),
                        problems);
            }
            InputFolder.InputFile input = scan.files().get(0);
            List<SheetImport<?>> sheets = new ArrayList<>();

            List<SheetImport<School>> schoolSheets = InputFolder.readSheets(input, SheetKind.SCHULEN,
                    (workbook, sheet) -> SheetReader.read(fileName, workbook.getSheet(sheet), SheetKind.SCHULEN,
                            Arrays.asList(SchoolColumn.values()),
                            new SchoolRowParser(addresses, authorities, fileName, new HashMap<>())));
            sheets.addAll(schoolSheets);

            Map<String, SchoolForm> formByNumber = new HashMap<>();
            schools.findAll().forEach(school -> formByNumber.put(school.schoolNumber(), school.form()));
            waiting.forEach(other -> formByNumber.putAll(schoolFormsIn(other)));
            schoolSheets.forEach(sheet -> sheet.accepted().forEach(s -> formByNumber.put(s.schoolNumber(), s.form())));
            Set<String> knownSchools = new HashSet<>(formByNumber.keySet());

            QuotaRowParser quotaParser = new QuotaRowParser(formByNumber::get);
            sheets.addAll(InputFolder.readSheets(input, SheetKind.FREIE_PLAETZE,
                    (workbook, sheet) -> SheetReader.read(fileName, workbook.getSheet(sheet),
                            SheetKind.FREIE_PLAETZE, Arrays.asList(QuotaColumn.values()), quotaParser)));

            Map<String, String> seenCases = new HashMap<>();
            sheets.addAll(InputFolder.readSheets(input, SheetKind.SCHUELER,
                    (workbook, sheet) -> SheetReader.read(fileName, workbook.getSheet(sheet), SheetKind.SCHUELER,
                            Arrays.asList(PupilColumn.values()), new PupilRowParser(addresses, planningDate,
                                    knownSchools::contains, fileName, seenCases))));

            sheets.addAll(InputFolder.readSheets(input, SheetKind.KORREKTUREN,
                    (workbook, sheet) -> SheetReader.read(fileName, workbook.getSheet(sheet),
                            SheetKind.KORREKTUREN, Arrays.asList(CorrectionColumn.values()),
                            (row, hints) -> CorrectionsImport.request(row, fileName))));

            List<SheetCheck> counts = new ArrayList<>();
            for (SheetImport<?> sheet : sheets) {
                counts.add(new SheetCheck(sheet.sheet(), sheet.kind(), sheet.rowsRead(), sheet.accepted().size(),
                        sheet.rowsRejected()));
                problems.addAll(sheet.problems());
            }
            return new Result(fileName, null, counts, problems);
        } catch (UnreadableWorkbookException e) {
            return new Result(fileName, e.getMessage(), List.of(), List.of());
        }
    }

    /** The schools a waiting workbook reports; nothing when it cannot be read (the run will say why). */
    private Map<String, SchoolForm> schoolFormsIn(Path workbook) {
        Map<String, SchoolForm> forms = new HashMap<>();
        try {
            InputFolder.Scan scan = InputFolder.scanFile(workbook);
            for (InputFolder.InputFile input : scan.files()) {
                String name = input.fileName();
                InputFolder.readSheets(input, SheetKind.SCHULEN,
                        (book, sheet) -> SheetReader.read(name, book.getSheet(sheet), SheetKind.SCHULEN,
                                Arrays.asList(SchoolColumn.values()),
                                new SchoolRowParser(addresses, authorities, name, new HashMap<>())))
                        .forEach(sheet -> sheet.accepted().forEach(s -> forms.put(s.schoolNumber(), s.form())));
            }
        } catch (UnreadableWorkbookException | IllegalArgumentException | UncheckedIOException e) {
            // Only a help for the check of another file.
        }
        return forms;
    }
}
