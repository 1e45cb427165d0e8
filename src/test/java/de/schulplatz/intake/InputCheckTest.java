package de.schulplatz.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.schulplatz.intake.ImportProblem.Severity;
import de.schulplatz.runs.RunRepository;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.TestWorkbooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Checking one workbook with the import's rules, before it goes to the inbox, without storing anything. */
@DatabaseTest
class InputCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Autowired
    InputCheck inputCheck;
    @Autowired
    SchoolImport schoolImport;
    @Autowired
    RunRepository runs;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void countsAndProblemsAreThoseOfTheImportAndNothingIsStored() {
        TestWorkbooks workbook = new TestWorkbooks();
        workbook.sheet("Schulen", "Schulnummer", "Name", "Schulform", "Breitengrad", "Längengrad")
                .header()
                .row("123456", "Grundschule Test", "GS", "51,94", "8,87")
                .row("1234567", "Zu lang", "GS", "51,94", "8,87");
        workbook.sheet("Freie Plätze", "Schulnummer", "Jahrgang von", "Jahrgang bis", "Freie Plätze")
                .header()
                .row("123456", 1, 4, 3)
                .row("654321", 1, 4, 3);
        workbook.sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ", "Wunschschule 1")
                .header()
                .row("A-1", "Kovalenko", "Olena", "05.03.2018", "32756", "123456") // school of the same file
                .row("A-2", "Nasser", "Ali", "31.02.2015", "32756", null)
                .row("A-3", "Kaya", "Emir", "01.07.2017", "32756", "999999");
        Path file = workbook.writeTo(dir.resolve("eingang.xlsx"));

        InputCheck.Result result = inputCheck.check(file, TODAY);

        assertThat(result.readable()).isTrue();
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.sheets()).extracting(InputCheck.SheetCheck::kind, InputCheck.SheetCheck::rowsRead,
                        InputCheck.SheetCheck::rowsAccepted, InputCheck.SheetCheck::rowsRejected)
                .containsExactly(tuple(SheetKind.SCHULEN, 2, 1, 1), tuple(SheetKind.FREIE_PLAETZE, 2, 1, 1),
                        tuple(SheetKind.SCHUELER, 3, 2, 1));
        assertThat(result.problems()).filteredOn(p -> p.severity() == Severity.FEHLER)
                .extracting(ImportProblem::sheet, ImportProblem::rowNumber, ImportProblem::column)
                .contains(tuple("Schulen", 3, "Schulnummer"), tuple("Schüler", 3, "Geburtsdatum"));
        assertThat(result.problems()).filteredOn(p -> p.severity() == Severity.HINWEIS)
                .extracting(ImportProblem::rowNumber, ImportProblem::column, ImportProblem::reason)
                .contains(tuple(4, "Wunschschule 1", "Schule unbekannt; der Wunsch wird nicht berücksichtigt"));
        assertThat(result.problems()).noneMatch(p -> "Wunschschule 1".equals(p.column()) && p.rowNumber() == 2);
        assertThat(result.rowsRead()).isEqualTo(7);
        assertThat(result.rowsRejected()).isEqualTo(3);
        for (String table : new String[] {"school", "place_quota", "pupil", "import_problem", "import_file"}) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class)).as(table).isZero();
        }
    }

    @Test
    void schoolsOfTheDatabaseCountAsKnown() throws Exception {
        Path schoolFolder = Files.createDirectory(dir.resolve("schulen"));
        new TestWorkbooks().sheet("Schulen", "Schulnummer", "Name", "Schulform", "Breitengrad", "Längengrad")
                .header()
                .row("123456", "Grundschule Test", "GS", "51,94", "8,87")
                .done().writeTo(schoolFolder.resolve("schulen.xlsx"));
        runs.register(1, TODAY, 1, schoolFolder.toString(), "out");
        schoolImport.importFrom(schoolFolder, 1, TODAY);
        Path file = new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ",
                        "Wunschschule 1")
                .header()
                .row("A-1", "Kovalenko", "Olena", "05.03.2018", "32756", "123456")
                .done().writeTo(dir.resolve("schueler.xlsx"));

        InputCheck.Result result = inputCheck.check(file, TODAY);

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.problems()).noneMatch(p -> "Wunschschule 1".equals(p.column()));
    }

    @Test
    void schoolsOfAFileWaitingInTheInboxCountAsKnown() throws Exception {
        Path waiting = new TestWorkbooks().sheet("Schulen", "Schulnummer", "Name", "Schulform", "Breitengrad",
                        "Längengrad")
                .header()
                .row("123456", "Grundschule Test", "GS", "51,94", "8,87")
                .done().writeTo(dir.resolve("schulen-wartend.xlsx"));
        Path file = new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ",
                        "Wunschschule 1")
                .header()
                .row("A-1", "Kovalenko", "Olena", "05.03.2018", "32756", "123456")
                .done().writeTo(dir.resolve("schueler-neu.xlsx"));

        assertThat(inputCheck.check(file, TODAY).problems()).anyMatch(p -> "Wunschschule 1".equals(p.column()));
        assertThat(inputCheck.check(file, TODAY, List.of(waiting)).problems())
                .noneMatch(p -> "Wunschschule 1".equals(p.column()));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM school", Integer.class)).isZero();
    }

    @Test
    void correctionRowsAreCheckedForTheirOwnContentOnly() {
        Path file = new TestWorkbooks().sheet("Korrekturen", "Aktion", "Fallnummer", "Schulnummer", "Grund")
                .header()
                .row("zurückziehen", "GIBT-ES-NICHT", null, "verzogen")
                .row("umtopfen", "A-1", null, "Test")
                .done().writeTo(dir.resolve("korrekturen.xlsx"));

        InputCheck.Result result = inputCheck.check(file, TODAY);

        assertThat(result.sheets()).singleElement().extracting(InputCheck.SheetCheck::rowsAccepted,
                InputCheck.SheetCheck::rowsRejected).containsExactly(1, 1);
        assertThat(result.problems()).extracting(ImportProblem::rowNumber, ImportProblem::column)
                .containsExactly(tuple(3, "Aktion"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM override_entry", Integer.class)).isZero();
    }

    @Test
    void unreadableFilesAreRefusedWithTheRunsReason() throws Exception {
        Path csv = dir.resolve("schueler.xlsx");
        Files.writeString(csv, "Fallnummer;Nachname\nA-1;Kovalenko\n", StandardCharsets.UTF_8);
        Path realCsv = dir.resolve("schueler.csv");
        Files.writeString(realCsv, "Fallnummer;Nachname\n", StandardCharsets.UTF_8);
        Path noKnownSheet = new TestWorkbooks().sheet("Tabelle1", "Fallnummer").header().done()
                .writeTo(dir.resolve("tabelle.xlsx"));
        Path pdf = dir.resolve("brief.pdf");
        Files.writeString(pdf, "%PDF-1.4\n", StandardCharsets.US_ASCII);

        assertThat(inputCheck.check(csv, TODAY).refusal()).contains("schueler.xlsx", "keine Excel-Arbeitsmappe");
        assertThat(inputCheck.check(realCsv, TODAY).refusal()).contains("bitte in Excel öffnen und als Excel-Arbeitsmappe (.xlsx) speichern");
        assertThat(inputCheck.check(noKnownSheet, TODAY).refusal()).contains("keine Tabelle „Schulen“");
        assertThat(inputCheck.check(pdf, TODAY).refusal()).contains("keine Excel-Arbeitsmappe");
        assertThat(inputCheck.check(csv, TODAY).readable()).isFalse();
    }
}
