package de.schulplatz.batch;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.TestWorkbooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A run in December with dated places: Grundschule A has one place now and Grundschule B one from 4 January,
 * so of two children the more urgent goes to A and the other gets "Platz ab 04.01.2027" at B; the
 * Berufskolleg's IFK admits on 1 August and its "Fit für mehr" next on 1 February; a report that ended in
 * November is not planned; a pupil with three school years in Germany gets a remark.
 */
@SpringBootTest(properties = "schulplatz.rules.place-adults=true")
@ActiveProfiles("test")
class PlacesInTimeRunTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    @Autowired
    PlacementRunner runner;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void aChildForWhomAPlaceIsFreeNextMonthIsListedAsPlatzAbWithTheSchool() throws Exception {
        Path out = temp.resolve("out");
        assertThat(runner.run(input(temp.resolve("in")), out, DAY).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        Map<String, Map<String, String>> csv = RiverCrossing.placements(out);
        assertThat(csv.get("P-1")).containsEntry("Schulnummer", "500001").containsEntry("Status", "VORGESCHLAGEN")
                .containsEntry("Beginn", "2026-12-02");
        assertThat(csv.get("P-2")).containsEntry("Schulnummer", "500002").containsEntry("Status", "PLATZ_AB")
                .containsEntry("Beginn", "2027-01-04");
        Path list = out.resolve("Zuweisungen_Schulamt_fuer_den_Kreis_Lippe.xlsx");
        List<String> waiting = RiverCrossing.row(list, "Nicht zugewiesen", "P-2");
        assertThat(waiting).contains("Platz ab 04.01.2027");
        assertThat(waiting.get(waiting.size() - 1)).startsWith("Platz ab 04.01.2027 an Grundschule B (500002)");
        assertThat(RiverCrossing.listRow(list, "P-2")).isEmpty();
        assertThat(RiverCrossing.row(list, "Auswertung", "davon mit Platz ab später")).element(1).isEqualTo("1");
    }

    @Test
    void theIfkStartsOnFirstAugustAndFitFuerMehrOnFirstFebruary() throws Exception {
        Path out = temp.resolve("out");
        runner.run(input(temp.resolve("in")), out, DAY);

        Map<String, Map<String, String>> csv = RiverCrossing.placements(out);
        assertThat(csv.get("Y-1")).containsEntry("Schulnummer", "500003").containsEntry("Beginn", "2027-08-01");
        assertThat(csv.get("Y-2")).containsEntry("Schulnummer", "500003").containsEntry("Beginn", "2027-02-01");
        Map<String, String> adult = RiverCrossing.listRow(out.resolve("Zuweisungen_Bezirksregierung_Detmold.xlsx"), "Y-2");
        assertThat(adult).containsEntry("Beginn", "01.02.2027");
        assertThat(adult.get("Begründung")).contains("mit „Fit für mehr“")
                .contains("Aufnahme zum 01.02.2027 (Aufnahmetermin von „Fit für mehr“)");
    }

    @Test
    void anEndedReportAndASettledPupilAreRemarkedInTheErrorReport() throws Exception {
        Path out = temp.resolve("out");
        runner.run(input(temp.resolve("in")), out, DAY);

        List<List<String>> remarks = rows(out.resolve("Fehlerbericht.xlsx"), "Fehler und Hinweise");
        assertThat(remarks).anySatisfy(row -> assertThat(row).contains("500004")
                .anySatisfy(cell -> assertThat(cell).contains("galt nur bis 30.11.2026")));
        // Excel row 6 is S-1's: the remark names file, sheet, row and column, as every remark of the import does.
        assertThat(remarks).anySatisfy(row -> assertThat(row).contains("schueler.xlsx", "6", "Schuljahre in Deutschland")
                .anySatisfy(cell -> assertThat(cell).contains("seit 3 Schuljahren in Deutschland")));
        assertThat(RiverCrossing.placements(out).get("S-1")).containsEntry("Schulnummer", "500005");
    }

    static Path input(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestWorkbooks schools = new TestWorkbooks();
        var schoolSheet = schools.sheet("Schulen", "Schulnummer", "Name", "Schulform", "Breitengrad", "Längengrad",
                "Gemeindeschlüssel").header();
        var places = schools.sheet("Freie Plätze", "Schulnummer", "Jahrgang von", "Jahrgang bis", "Freie Plätze",
                "Gruppenart", "frei ab", "Meldung gültig bis").header();
        schoolSheet.row("500001", "Grundschule A", "GS", 51.9410, 8.8700, "05766020");
        schoolSheet.row("500002", "Grundschule B", "GS", 51.9450, 8.8750, "05766020");
        schoolSheet.row("500003", "Berufskolleg C", "BK", 51.9400, 8.8800, "05766020");
        schoolSheet.row("500004", "Grundschule G", "GS", 51.9300, 8.8600, "05766020");
        schoolSheet.row("500005", "Realschule E", "RS", 51.9420, 8.8720, "05766020");
        places.row("500001", 1, 4, 1, null, null, null)
                .row("500002", 1, 4, 1, null, LocalDate.of(2027, 1, 4), null)
                .row("500003", 11, 13, 2, "IFK", null, null)
                .row("500003", 11, 13, 2, "Fit für mehr", null, null)
                .row("500004", 1, 4, 5, null, null, LocalDate.of(2026, 11, 30))
                .row("500005", 5, 10, 2, null, null, null);
        schools.writeTo(folder.resolve("schulen.xlsx"));

        var pupils = new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum",
                "Breitengrad", "Längengrad", "Registriert am", "Schuljahre in Deutschland").header();
        pupils.row("P-1", "Eins", "Kind", LocalDate.of(2019, 3, 3), 51.9405, 8.8700, LocalDate.of(2026, 6, 1), null);
        pupils.row("P-2", "Zwei", "Kind", LocalDate.of(2019, 4, 4), 51.9405, 8.8705, LocalDate.of(2026, 11, 1), null);
        pupils.row("Y-1", "Jung", "Kind", LocalDate.of(2010, 3, 1), 51.9405, 8.8790, null, null);
        pupils.row("Y-2", "Erwachsen", "Kind", LocalDate.of(2006, 3, 1), 51.9405, 8.8795, null, null);
        pupils.row("S-1", "Sesshaft", "Kind", LocalDate.of(2013, 3, 1), 51.9420, 8.8710, null, 3);
        pupils.done().writeTo(folder.resolve("schueler.xlsx"));
        return folder;
    }

    private static List<List<String>> rows(Path workbookFile, String sheetName) throws Exception {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> result = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(workbookFile.toFile(), null, true)) {
            for (Row row : workbook.getSheet(sheetName)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(formatter.formatCellValue(row.getCell(i)));
                }
                result.add(cells);
            }
        }
        return result;
    }
}
