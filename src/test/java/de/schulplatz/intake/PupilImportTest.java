package de.schulplatz.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.schulplatz.intake.ImportProblem.Severity;
import de.schulplatz.runs.RunRepository;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.TestWorkbooks;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Importing the sheet "Schüler": good rows in, bad rows reported at their real Excel row. */
@DatabaseTest
class PupilImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final long RUN = 1;

    @Autowired
    PupilImport pupilImport;
    @Autowired
    ImportRepository imports;
    @Autowired
    RunRepository runs;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path input;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        runs.register(RUN, TODAY, 1, "in", "out");
    }

    @Test
    void rejectedRowsAreReportedWithTheirExcelRowNumber() {
        // Columns in an unusual order and case, the header on row 3 below a title, a blank row in between.
        var sheet = new TestWorkbooks().sheet("Schüler", "geburtsdatum", " FALLNUMMER ", "Vorname", "Nachname *",
                "PLZ", "Wohnort", "Lateinische Schrift");
        sheet.headerAtRow(3)
                .row(LocalDate.of(2015, 3, 5), "A-1", "Olena", "Kovalenko", "32756", "Detmold", "ja") // row 4
                .blankRow() // row 5
                .row("31.02.2015", "A-2", "Ali", "Nasser", "32756", "Detmold", "ja") // row 6
                .row("2014-06-01", "A-3", "Meron", null, "32657", "Lemgo", "vielleicht") // row 7
                .row("01.07.2013", 4711, "Emir", "Kaya", "32791", "Lage", null); // row 8
        sheet.done().writeTo(input.resolve("schueler.xlsx"));

        ImportSummary summary = pupilImport.importFrom(input, RUN, TODAY);

        assertThat(summary).isEqualTo(new ImportSummary(4, 2, 2, 0));
        assertThat(imports.problems(RUN)).filteredOn(p -> p.severity() == Severity.FEHLER)
                .extracting(ImportProblem::fileName, ImportProblem::sheet, ImportProblem::rowNumber,
                        ImportProblem::column, ImportProblem::value)
                .containsExactlyInAnyOrder(
                        tuple("schueler.xlsx", "Schüler", 6, "Geburtsdatum", "31.02.2015"),
                        tuple("schueler.xlsx", "Schüler", 7, "Nachname", ""),
                        tuple("schueler.xlsx", "Schüler", 7, "Lateinische Schrift", "vielleicht"));
        assertThat(jdbc.queryForList("SELECT case_number FROM pupil ORDER BY case_number", String.class))
                .containsExactly("4711", "A-1");
        assertThat(imports.sheetCounts(RUN)).singleElement()
                .satisfies(count -> assertThat(count.rowsRead()).isEqualTo(count.rowsImported() + count.rowsRejected()));
    }

    @Test
    void importingTheSameFileAgainUpdatesInsteadOfDuplicating() {
        new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ")
                .header()
                .row("A-1", "Kovalenko", "Olena", "05.03.2015", "32756")
                .row("A-2", "Nasser", "Ali", "06.04.2014", "32657")
                .done().writeTo(input.resolve("schueler.xlsx"));
        pupilImport.importFrom(input, RUN, TODAY);
        new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ")
                .header()
                .row("A-1", "Kovalenko", "Olena", "05.03.2015", "32657")
                .row("A-2", "Nasser", "Ali", "06.04.2014", "32657")
                .done().writeTo(input.resolve("schueler.xlsx"));

        pupilImport.importFrom(input, RUN, TODAY);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM pupil", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT postal_code FROM pupil WHERE case_number = 'A-1'", String.class))
                .isEqualTo("32657");
        assertThat(imports.sheetCounts(RUN)).hasSize(1);
    }

    @Test
    void controlCharacterRejectsTheRowNotTheImport() {
        // "_x0000_" is how xlsx files encode a NUL character, which PostgreSQL cannot store
        new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ")
                .header()
                .row("A-1", "Mül_x0000_ler", "Olena", "05.03.2015", "32756")
                .row("A-2", "Nasser", "Ali", "06.04.2014", "32657")
                .done().writeTo(input.resolve("schueler.xlsx"));

        ImportSummary summary = pupilImport.importFrom(input, RUN, TODAY);

        assertThat(summary).isEqualTo(new ImportSummary(2, 1, 1, 0));
        assertThat(imports.problems(RUN)).filteredOn(p -> p.severity() == Severity.FEHLER).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("Steuerzeichen"));
    }

    @Test
    void wishesKeepTheirRankWhenAnEarlierWishIsUnknown() {
        jdbc.update("""
                INSERT INTO school (school_number, name, school_form, public_school, latitude, longitude,
                    location_approximate, authority, source_file)
                VALUES ('100001', 'Grundschule', 'GS', true, 51.94, 8.87, false, 'Schulamt für den Kreis Lippe', 'x')
                """);
        new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ",
                        "Wunschschule 1", "Wunschschule 2")
                .header()
                .row("A-1", "Kovalenko", "Olena", "05.03.2015", "32756", "999999", "100001")
                .done().writeTo(input.resolve("schueler.xlsx"));

        pupilImport.importFrom(input, RUN, TODAY);

        assertThat(jdbc.queryForObject("SELECT wished_schools FROM pupil", String.class)).isEqualTo(",100001");
        assertThat(imports.problems(RUN)).filteredOn(p -> p.reason().contains("Wunsch")).singleElement()
                .satisfies(p -> assertThat(p.column()).isEqualTo("Wunschschule 1"));
    }

    @Test
    void startingACaseNumberWithAMinusIsRejected() {
        new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ")
                .header()
                .row("-5-3", "Kovalenko", "Olena", "05.03.2015", "32756")
                .done().writeTo(input.resolve("schueler.xlsx"));

        assertThat(pupilImport.importFrom(input, RUN, TODAY)).isEqualTo(new ImportSummary(1, 0, 1, 0));
    }

    @Test
    void sameCaseNumberTwiceIsRejectedTheSecondTime() {
        new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ")
                .header()
                .row("A-1", "Kovalenko", "Olena", "05.03.2015", "32756")
                .row("A-1", "Kovalenko", "Olga", "05.03.2015", "32756")
                .done().writeTo(input.resolve("schueler.xlsx"));

        ImportSummary summary = pupilImport.importFrom(input, RUN, TODAY);

        assertThat(summary).isEqualTo(new ImportSummary(2, 1, 1, 0));
        assertThat(imports.problems(RUN)).filteredOn(p -> p.severity() == Severity.FEHLER).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("doppelt").contains("Zeile 2"));
    }

    @Test
    void positionFromPostalCodeIsApproximateWithARemark() {
        new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ")
                .header()
                .row("A-1", "Kovalenko", "Olena", "05.03.2015", "32756")
                .done().writeTo(input.resolve("schueler.xlsx"));

        pupilImport.importFrom(input, RUN, TODAY);

        assertThat(jdbc.queryForObject("SELECT location_approximate FROM pupil", Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("SELECT municipality_key FROM pupil", String.class)).isEqualTo("05766020");
        assertThat(imports.problems(RUN)).singleElement()
                .satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(Severity.HINWEIS);
                    assertThat(p.reason()).contains("ungefähr").contains("Detmold");
                });
    }

    /**
     * A corrected file received later wins over an older one, whatever the names: "nachtrag-3.xlsx" after
     * "nachtrag-2.xlsx" (name order agrees) and "a-korrektur.xlsx" after "b.xlsx" (name order disagrees).
     */
    @Test
    void theRowOfTheFileReceivedLastWinsWhateverTheNames() throws Exception {
        Instant monday = Instant.parse("2026-11-16T09:00:00Z");
        received(pupilFile("nachtrag-2.xlsx", "K-1", "Alt", "32756"), monday);
        received(pupilFile("nachtrag-3.xlsx", "K-1", "Neu", "32657"), monday.plusSeconds(3600));
        received(pupilFile("b.xlsx", "K-2", "Alt", "32756"), monday);
        received(pupilFile("a-korrektur.xlsx", "K-2", "Neu", "32657"), monday.plusSeconds(60));

        ImportSummary summary = pupilImport.importFrom(input, RUN, TODAY);

        assertThat(summary).isEqualTo(new ImportSummary(4, 2, 0, 2));
        assertThat(jdbc.queryForList("SELECT first_name || ' ' || postal_code FROM pupil ORDER BY case_number",
                String.class)).containsExactly("Neu 32657", "Neu 32657");
        assertThat(imports.problems(RUN)).filteredOn(p -> p.reason().startsWith("ersetzt"))
                .extracting(ImportProblem::severity, ImportProblem::fileName, ImportProblem::rowNumber,
                        ImportProblem::column, ImportProblem::reason)
                .containsExactlyInAnyOrder(
                        tuple(Severity.HINWEIS, "nachtrag-2.xlsx", 2, "Fallnummer", "ersetzt durch die neuere Fassung "
                                + "in nachtrag-3.xlsx, Zeile 2 (später eingegangen); diese Zeile wird nicht importiert"),
                        tuple(Severity.HINWEIS, "b.xlsx", 2, "Fallnummer", "ersetzt durch die neuere Fassung "
                                + "in a-korrektur.xlsx, Zeile 2 (später eingegangen); diese Zeile wird nicht importiert"));
        assertThat(imports.problems(RUN)).noneMatch(p -> p.severity() == Severity.FEHLER);
        assertThat(imports.sheetCounts(RUN)).filteredOn(count -> count.fileName().equals("nachtrag-2.xlsx"))
                .singleElement().satisfies(count -> {
                    assertThat(count.rowsImported()).isZero();
                    assertThat(count.rowsRejected()).isZero();
                    assertThat(count.rowsSuperseded()).isEqualTo(1);
                });
    }

    @Test
    void aFallnummerTwiceInOneFileIsStillAnError() {
        new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ")
                .header()
                .row("K-1", "Muster", "Ada", LocalDate.of(2018, 3, 3), "32756")
                .row("K-1", "Muster", "Ada", LocalDate.of(2018, 3, 3), "32756")
                .done().writeTo(input.resolve("schueler.xlsx"));

        assertThat(pupilImport.importFrom(input, RUN, TODAY)).isEqualTo(new ImportSummary(2, 1, 1, 0));
        assertThat(imports.problems(RUN)).filteredOn(p -> p.column().equals("Fallnummer")).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.FEHLER);
            assertThat(p.reason()).isEqualTo("Fallnummer doppelt; bereits gelesen in schueler.xlsx, Zeile 2");
        });
    }

    private Path pupilFile(String name, String caseNumber, String firstName, String postalCode) {
        return new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ")
                .header()
                .row(caseNumber, "Muster", firstName, LocalDate.of(2018, 3, 3), postalCode)
                .done().writeTo(input.resolve(name));
    }

    private static void received(Path file, Instant at) throws java.io.IOException {
        java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(at));
    }
}
