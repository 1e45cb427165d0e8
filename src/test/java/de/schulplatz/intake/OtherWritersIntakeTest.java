package de.schulplatz.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.schulplatz.batch.PlacementRunner;
import de.schulplatz.excel.UnreadableWorkbookException;
import de.schulplatz.intake.ImportProblem.Severity;
import de.schulplatz.operations.FileSettings;
import de.schulplatz.operations.NightlyRuns;
import de.schulplatz.runs.RunRepository;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.OtherWriters;
import de.schulplatz.support.TestWorkbooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Workbooks as LibreOffice, openpyxl and hand-made OOXML write them, and hostile ones, through the import:
 * nothing a user gives is changed, misread or lost. Each test is one class of input (docs/input-errors.md).
 */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtherWritersIntakeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    private static final long RUN = 1;
    private static final List<String> PUPIL_HEADERS = List.of("Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ");
    /** Every name in the pupils' workbooks below: none may appear in a message, a log or the database's run record. */
    private static final List<String> NAMES = List.of("Müller", "Schmidt", "Olena", "Emir");

    @Autowired
    SchoolImport schoolImport;
    @Autowired
    PupilImport pupilImport;
    @Autowired
    InputCheck inputCheck;
    @Autowired
    ImportRepository imports;
    @Autowired
    RunRepository runs;
    @Autowired
    PlacementRunner runner;
    @Autowired
    NightlyRuns nightlyRuns;
    @Autowired
    FileSettings folders;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    /** Two pupils as openpyxl writes them, saved again by LibreOffice (which uses a shared-text table). */
    private Path libreOfficePupils;

    @BeforeAll
    void writeTheLibreOfficeWorkbook(@TempDir Path work) {
        Path written = OtherWriters.openpyxlSheet(work.resolve("basis.xlsx"), "Schüler", PUPIL_HEADERS, List.of(
                List.of("'K-1'", "'Müller'", "'Olena'", "datetime.date(2018, 3, 3)", "'32756'"),
                List.of("'K-2'", "'Schmidt'", "'Emir'", "datetime.date(2017, 5, 6)", "'32756'")));
        libreOfficePupils = OtherWriters.libreOffice(written, "xlsx:Calc MS Excel 2007 XML", work, "lo.xlsx");
        assertThat(entry(libreOfficePupils, "xl/sharedStrings.xml")).contains("Müller");
    }

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
        runs.register(RUN, DAY, 1, "in", "out");
    }

    // ---- 1. an input is only ever read -----------------------------------------------------------------

    @Test
    void aWorkbookWithABrokenPartFailsCleanlyAndStaysByteForByteAsItWasInRunNightlyAndUploadCheck() throws Exception {
        Path broken = Files.createDirectories(temp.resolve("kaputt"));
        List<Path> hostile = List.of(
                rewritten(broken.resolve("und-zeichen.xlsx"), "xl/sharedStrings.xml", xml -> xml.replace("Müller",
                        "Müller & Söhne")),
                rewritten(broken.resolve("dtd-styles.xlsx"), "xl/styles.xml", xml -> xml.replaceFirst("<\\?xml[^>]*\\?>",
                        "$0<!DOCTYPE x [<!ENTITY a \"b\">]>")),
                rewritten(broken.resolve("dtd-workbook.xlsx"), "xl/workbook.xml", xml -> xml.replaceFirst(
                        "<\\?xml[^>]*\\?>", "$0<!DOCTYPE x [<!ENTITY a \"b\">]>")));
        for (Path file : hostile) {
            Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L));
            Path folder = Files.createDirectories(temp.resolve("lauf-" + file.getFileName()));
            Path input = Files.copy(file, folder.resolve(file.getFileName()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            Snapshot before = Snapshot.of(input);

            JobExecution run = runner.run(folder, temp.resolve("out-" + file.getFileName()), DAY);
            InputCheck.Result check = inputCheck.check(input, DAY);

            assertThat(run.getStatus()).as(file.getFileName().toString()).isEqualTo(BatchStatus.FAILED);
            assertThat(run.getAllFailureExceptions()).first().extracting(Throwable::getMessage).asString()
                    .startsWith("Datei " + file.getFileName() + " kann nicht gelesen werden:");
            assertThat(check.readable()).isFalse();
            assertThat(Snapshot.of(input)).as("after run and upload check: %s", file.getFileName()).isEqualTo(before);
        }
        // The nightly run moves an inbox file to the archive: the same bytes, the same modification time.
        for (Path folder : List.of(folders.inbox(), folders.archive(), folders.outbox())) {
            FileSystemUtils.deleteRecursively(folder);
        }
        Files.createDirectories(folders.inbox());
        Path inboxed = Files.copy(hostile.get(0), folders.inbox().resolve("und-zeichen.xlsx"),
                java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Snapshot before = Snapshot.of(inboxed);
        JobExecution nightly = nightlyRuns.runNow("Test");
        Path archived;
        try (Stream<Path> files = Files.walk(folders.archive())) {
            archived = files.filter(p -> p.getFileName().toString().equals("und-zeichen.xlsx")).findFirst().orElseThrow();
        }
        assertThat(nightly.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(Snapshot.of(archived)).isEqualTo(before);
        for (Path folder : List.of(folders.inbox(), folders.archive(), folders.outbox())) {
            FileSystemUtils.deleteRecursively(folder);
        }

        Path good = Files.createDirectories(temp.resolve("gut"));
        Path goodInput = Files.copy(libreOfficePupils, good.resolve("schueler.xlsx"));
        Snapshot goodBefore = Snapshot.of(goodInput);
        assertThat(runner.run(good, temp.resolve("out-gut"), DAY).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Snapshot.of(goodInput)).isEqualTo(goodBefore);
    }

    // ---- 2. cell contents never reach a message, a log line or the stored exit message --------------------

    @Test
    void aNumberCellHoldingTextRejectsItsRowAndNoNameReachesAnyMessage(CapturedOutput output) throws Exception {
        Path numberText = Files.createDirectories(temp.resolve("zahl-text"));
        rewritten(numberText.resolve("schueler.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("<c r=\"B2\"([^>]*) t=\"s\"><v>\\d+</v></c>", "<c r=\"B2\"$1 t=\"n\"><v>Müller</v></c>"));
        Path missingText = Files.createDirectories(temp.resolve("text-fehlt"));
        rewritten(missingText.resolve("schueler.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("(<c r=\"B3\"[^>]* t=\"s\"><v>)\\d+(</v>)", "$1999$2"));

        JobExecution read = runner.run(numberText, temp.resolve("out-1"), DAY);
        JobExecution failed = runner.run(missingText, temp.resolve("out-2"), DAY);

        assertThat(read.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(imports.problems(read.getJobInstanceId())).filteredOn(p -> p.severity() == Severity.FEHLER)
                .singleElement().satisfies(problem -> {
                    assertThat(problem.rowNumber()).isEqualTo(2);
                    assertThat(problem.column()).isEqualTo("Nachname");
                    assertThat(problem.value()).isEmpty();
                    assertThat(problem.reason()).startsWith("Zelle lässt sich nicht lesen");
                });
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getAllFailureExceptions()).first().extracting(Throwable::getMessage).asString()
                .isEqualTo("Datei schueler.xlsx kann nicht gelesen werden: die Tabelle „Schüler“ ist beschädigt oder "
                        + "enthält ungültige Daten; bitte die Datei in Excel öffnen und neu speichern");
        String stored = String.join("\n", jdbc.queryForList("SELECT exit_message FROM batch_step_execution "
                + "UNION ALL SELECT exit_message FROM batch_job_execution", String.class));
        assertThat(stored).contains("UnreadableWorkbookException");
        for (String name : NAMES) {
            assertThat(stored).as("exit messages in the database").doesNotContain(name);
            assertThat(output.getAll()).as("log").doesNotContain(name);
            assertThat(failed.getAllFailureExceptions().get(0)).hasStackTraceContaining("UnreadableWorkbookException")
                    .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(name));
        }
    }

    // ---- 3. one bad cell is one rejected row, and a broken file fails before anything is stored -----------

    @Test
    void aLibreOfficeGermanLongDateIsReadAsTheDate() throws Exception {
        Path source = OtherWriters.openpyxl(temp.resolve("lang.xlsx"), """
                wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Schüler'
                ws.append(['Fallnummer', 'Nachname', 'Vorname', 'Geburtsdatum', 'PLZ'])
                ws.append(['K-1', 'Müller', 'Ada', datetime.date(2018, 3, 3), '32756'])
                ws['D2'].number_format = '[$-407]dddd, d. mmmm yyyy'
                wb.save(out)
                """);
        Path input = Files.createDirectories(temp.resolve("in"));
        Path written = OtherWriters.libreOffice(source, "xlsx:Calc MS Excel 2007 XML", input, "schueler.xlsx");
        assertThat(entry(written, "xl/styles.xml")).contains("[$-407]dddd");

        assertThat(importAll(input)).isEqualTo(new ImportSummary(1, 1, 0, 0));
        assertThat(jdbc.queryForObject("SELECT birth_date FROM pupil", LocalDate.class)).isEqualTo(LocalDate.of(2018, 3, 3));
    }

    @Test
    void aFormulaSavedWithoutItsResultRejectsItsRowOnly() throws Exception {
        Path input = Files.createDirectories(temp.resolve("in"));
        OtherWriters.openpyxl(input.resolve("schueler.xlsx"), """
                wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Schüler'
                ws.append(['Fallnummer', 'Nachname', 'Vorname', 'Geburtsdatum', 'PLZ'])
                ws.append(['K-1', 'Müller', 'Ada', datetime.date(2018, 3, 3), '32756'])
                ws.append(['K-2', '=B2', 'Ben', datetime.date(2017, 5, 6), '32756'])
                wb.save(out)
                """);

        assertThat(importAll(input)).isEqualTo(new ImportSummary(2, 1, 1, 0));
        assertThat(errors()).singleElement().satisfies(p -> {
            assertThat(p.rowNumber()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("Nachname");
            assertThat(p.reason()).startsWith("Formel ohne gespeichertes Ergebnis");
        });
    }

    @Test
    void twoSheetsWhoseNamesDifferOnlyInCaseAreBothReadWithARemark() throws Exception {
        Path input = Files.createDirectories(temp.resolve("in"));
        Path written = OtherWriters.openpyxl(temp.resolve("zwei.xlsx"), """
                wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Schüler'
                ws.append(['Fallnummer', 'Nachname', 'Vorname', 'Geburtsdatum', 'PLZ'])
                ws.append(['K-1', 'Müller', 'Ada', datetime.date(2018, 3, 3), '32756'])
                other = wb.create_sheet('Tabelle2')
                other.append(['Fallnummer', 'Nachname', 'Vorname', 'Geburtsdatum', 'PLZ'])
                other.append(['K-2', 'Schmidt', 'Ben', datetime.date(2017, 5, 6), '32756'])
                wb.save(out)
                """);
        // openpyxl renames a second "SCHÜLER"; other programs do not: the name is set in the file itself.
        Path file = Files.copy(written, input.resolve("schueler.xlsx"));
        TestWorkbooks.rewriteEntry(file, "xl/workbook.xml", xml -> xml.replace("name=\"Tabelle2\"", "name=\"SCHÜLER\""));

        assertThat(importAll(input)).isEqualTo(new ImportSummary(2, 2, 0, 0));
        assertThat(imports.problems(RUN)).anySatisfy(p -> {
            assertThat(p.sheet()).isEqualTo("SCHÜLER");
            assertThat(p.reason()).isEqualTo("Tabelle heißt bis auf Groß-/Kleinschreibung wie „Schüler“; beide werden gelesen");
        });
    }

    @Test
    void aPupilsFileThatBreaksFailsTheRunBeforeTheSchoolsAreStored() throws Exception {
        Path input = Files.createDirectories(temp.resolve("in"));
        new TestWorkbooks().sheet("Schulen", "Schulnummer", "Name", "Schulform", "Breitengrad", "Längengrad").header()
                .row("100001", "Grundschule", "GS", 51.94, 8.87).done().writeTo(input.resolve("schulen.xlsx"));
        rewritten(input.resolve("schueler.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("(<c r=\"B3\"[^>]* t=\"s\"><v>)\\d+(</v>)", "$1999$2"));

        JobExecution run = runner.run(input, temp.resolve("out"), DAY);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(run.getStepExecutions()).extracting(step -> step.getStepName() + " " + step.getStatus())
                .containsExactly("importSchoolsStep FAILED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM school", Integer.class)).isZero();
    }

    // ---- 4. a number cell is its value ----------------------------------------------------------------------

    @Test
    void aFractionalCountIsRejectedAndAnImplausibleOneRemarked() throws Exception {
        Path input = Files.createDirectories(temp.resolve("in"));
        OtherWriters.openpyxl(input.resolve("schulen.xlsx"), """
                wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Schulen'
                ws.append(['Schulnummer', 'Name', 'Schulform', 'Breitengrad', 'Längengrad', 'Schülerzahl'])
                ws.append(['100001', 'Grundschule Eins', 'GS', 51.94, 8.87, 200])
                ws.append(['100002', 'Grundschule Zwei', 'GS', 51.95, 8.88, 2000])
                places = wb.create_sheet('Freie Plätze')
                places.append(['Schulnummer', 'Jahrgang von', 'Jahrgang bis', 'Freie Plätze'])
                places.append(['100001', 1, 2, 2.125])
                places.append(['100001', 3, 4, 250])
                places.append(['100002', 1, 4, '1.000'])
                wb.save(out)
                """);

        schoolImport.importFrom(input, RUN, DAY);

        assertThat(errors()).singleElement().satisfies(p -> {
            assertThat(p.rowNumber()).isEqualTo(2);
            assertThat(p.value()).isEqualTo("2.125");
            assertThat(p.reason()).isEqualTo("keine ganze Zahl");
        });
        assertThat(imports.problems(RUN)).anySatisfy(p -> {
            assertThat(p.rowNumber()).isEqualTo(3);
            assertThat(p.reason()).isEqualTo("mehr freie Plätze (250) als die Schule Schülerinnen und Schüler hat (200); "
                    + "bitte prüfen");
        });
        assertThat(jdbc.queryForList("SELECT free_places FROM place_quota ORDER BY school_number, grade_from",
                Integer.class)).containsExactly(250, 1000);
    }

    @Test
    void datedPlacesFromOpenpyxlAreReadAsDateCellsAndAsTypedTexts() throws Exception {
        Path input = Files.createDirectories(temp.resolve("in"));
        OtherWriters.openpyxl(input.resolve("schulen.xlsx"), """
                import datetime
                wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Schulen'
                ws.append(['Schulnummer', 'Name', 'Schulform', 'Breitengrad', 'Längengrad'])
                ws.append(['100001', 'Grundschule Eins', 'GS', 51.94, 8.87])
                ws.append(['300001', 'Berufskolleg Eins', 'BK', 51.95, 8.88])
                places = wb.create_sheet('Freie Plätze')
                places.append(['Schulnummer', 'Jahrgang von', 'Jahrgang bis', 'Freie Plätze', 'Gruppenart', 'frei ab',
                               'Meldung gültig bis', 'Aufnahmetermine'])
                places.append(['100001', 1, 4, 2, None, datetime.date(2027, 1, 4), None, None])
                places.append(['100001', 1, 4, 1, None, None, '31.07.2027', None])
                places.append(['300001', 11, 13, 3, 'FFM', None, None, '01.11., 01.02., 01.05.'])
                places.append(['300001', 11, 13, 3, 'IFK', None, None, 'im Sommer'])
                places.append(['100001', 1, 2, 1, None, '01.03.2027', '01.02.2027', None])
                wb.save(out)
                """);

        schoolImport.importFrom(input, RUN, DAY);

        assertThat(errors()).extracting(p -> p.rowNumber() + " " + p.column() + ": " + p.reason()).containsExactly(
                "5 Aufnahmetermine: erwartet Tage im Jahr wie „01.08., 01.02.“",
                "6 Meldung gültig bis: die Meldung endet vor dem Tag, ab dem die Plätze frei sind");
        assertThat(jdbc.queryForList("""
                SELECT school_number || ' ' || group_kind || ' ' || coalesce(available_from::text, '-') || ' '
                       || coalesce(valid_until::text, '-') || ' ' || intake_days
                FROM place_quota ORDER BY school_number, available_from NULLS FIRST
                """, String.class)).containsExactly("100001 DEUTSCHFOERDERUNG - 2027-07-31 ",
                "100001 DEUTSCHFOERDERUNG 2027-01-04 - ", "300001 FFM - - 11-01,02-01,05-01");
    }

    // ---- 5. spreadsheets that cannot be read are never passed over -------------------------------------------

    @Test
    void xlsbAndFlatOdsFilesFailTheRunNamingTheFormatToSaveAs() throws Exception {
        Path input = Files.createDirectories(temp.resolve("in"));
        Path flat = OtherWriters.libreOffice(libreOfficePupils, "fods", input, "schueler.fods");
        assertThat(Files.readString(flat, StandardCharsets.UTF_8)).contains("office:document");

        assertThatThrownBy(() -> importAll(input)).isInstanceOf(UnreadableWorkbookException.class)
                .hasMessage("Datei schueler.fods kann nicht gelesen werden: nur Excel-Arbeitsmappen (.xlsx) werden "
                        + "gelesen, nicht flache OpenDocument-Tabellen (.fods); bitte in LibreOffice als "
                        + "„Excel 2007-365 (.xlsx)“ speichern");
        Files.delete(flat);
        Files.write(input.resolve("liste.xlsb"), new byte[] {'P', 'K', 3, 4, 20, 0});
        assertThatThrownBy(() -> importAll(input)).hasMessageContaining("liste.xlsb")
                .hasMessageContaining("nicht das Excel-Binärformat (.xlsb); bitte in Excel als Excel-Arbeitsmappe (.xlsx) speichern");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pupil", Integer.class)).isZero();
    }

    @Test
    void sheetNamesAndHeadersInNfdOrWithInvisibleCharactersAreRecognised() throws Exception {
        Path input = Files.createDirectories(temp.resolve("in"));
        OtherWriters.openpyxl(input.resolve("schueler.xlsx"), """
                nfd = lambda text: unicodedata.normalize('NFD', text)
                wb = openpyxl.Workbook(); ws = wb.active; ws.title = nfd('Schüler')
                ws.append(['Fall\\u00adnummer', 'Nach\\u2060name', 'Vorname\\u200b', nfd('Geburtsdatum'), 'PLZ'])
                ws.append(['K-1', nfd('Müller'), 'Ada', datetime.date(2018, 3, 3), '32756'])
                wb.save(out)
                """);

        assertThat(importAll(input)).isEqualTo(new ImportSummary(1, 1, 0, 0));
        // Names stay as written (here decomposed, as macOS writes them); only names of sheets and columns are compared.
        assertThat(jdbc.queryForObject("SELECT last_name FROM pupil", String.class))
                .isEqualTo(java.text.Normalizer.normalize("Müller", java.text.Normalizer.Form.NFD));
    }

    // ---- 8. characters that cannot be stored are shown and said ----------------------------------------------

    @Test
    void aLoneSurrogateOrANonCharacterBecomesAVisibleMarkWithARemark() throws Exception {
        Path input = Files.createDirectories(temp.resolve("in"));
        rewritten(input.resolve("schueler.xlsx"), "xl/sharedStrings.xml",
                xml -> xml.replace("Müller", "Mül_xD800_ler").replace(">Olena<", ">Ole_xFFFF_na<"));

        assertThat(importAll(input)).isEqualTo(new ImportSummary(2, 2, 0, 0));
        assertThat(jdbc.queryForObject("SELECT last_name || ' ' || first_name FROM pupil WHERE case_number = 'K-1'",
                String.class)).isEqualTo("Mül\uFFFDler Ole\uFFFDna");
        assertThat(imports.problems(RUN)).filteredOn(p -> p.reason().contains("ersetzt"))
                .extracting(ImportProblem::column).containsExactlyInAnyOrder("Nachname", "Vorname");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private ImportSummary importAll(Path input) {
        schoolImport.importFrom(input, RUN, DAY);
        return pupilImport.importFrom(input, RUN, DAY);
    }

    private List<ImportProblem> errors() {
        return imports.problems(RUN).stream().filter(p -> p.severity() == Severity.FEHLER).toList();
    }

    /** A copy of the LibreOffice workbook with one part changed as a hand-made or damaged file would have it. */
    private Path rewritten(Path target, String entry, java.util.function.UnaryOperator<String> change) throws Exception {
        Files.createDirectories(target.getParent());
        Files.copy(libreOfficePupils, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String before = entry(target, entry);
        TestWorkbooks.rewriteEntry(target, entry, change);
        assertThat(entry(target, entry)).as("the change applies").isNotEqualTo(before);
        return target;
    }

    private static String entry(Path workbook, String entry) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(workbook.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String stackTrace(Throwable failure) {
        java.io.StringWriter text = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }

    /** A file's bytes and modification time. */
    record Snapshot(String sha256, FileTime modified) {
        static Snapshot of(Path file) throws java.io.IOException {
            return new Snapshot(InputFiles.sha256(file), Files.getLastModifiedTime(file));
        }
    }
}
