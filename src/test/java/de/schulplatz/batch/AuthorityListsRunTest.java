package de.schulplatz.batch;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.TestWorkbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One authority, one list: spellings of an authority's name in the schools' workbook never split its list
 * or let one list overwrite another, and a plan whose lists would miss a pupil is not published.
 */
@DatabaseTest
class AuthorityListsRunTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    private static final List<String> SPELLINGS = List.of("Schulamt für den Kreis Lippe!",
            "Schulamt fuer den Kreis Lippe", "Schulamt für den  Kreis Lippe");

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
    void spellingsOfOneAuthorityMakeOneListWithEveryPlacedPupilOnIt() throws Exception {
        Path input = Files.createDirectories(temp.resolve("in"));
        writeSchools(input, SPELLINGS);
        writePupils(input);

        JobExecution run = runner.run(input, temp.resolve("out"), DAY);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(workbooks(temp.resolve("out"))).containsExactly("Zuweisungen_Schulamt_fuer_den_Kreis_Lippe.xlsx");
        assertThat(placedOnList(temp.resolve("out").resolve("Zuweisungen_Schulamt_fuer_den_Kreis_Lippe.xlsx")))
                .containsExactlyInAnyOrder("K-1", "K-2", "K-3");
        // None of the schools reports its size: the Auswertung says what fair spread assumed instead.
        assertThat(analysisRow(temp.resolve("out").resolve("Zuweisungen_Schulamt_fuer_den_Kreis_Lippe.xlsx"),
                "Angenommene Schülerzahl für Schulen ohne Angabe")).containsExactly(
                "Angenommene Schülerzahl für Schulen ohne Angabe", "400",
                "keine Schule meldet ihre Schülerzahl: Standardwert 400; gilt für 3 Schulen bei der fairen Verteilung");
    }

    private static List<String> analysisRow(Path file, String figure) throws Exception {
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Row row : workbook.getSheet("Auswertung")) {
                if (formatter.formatCellValue(row.getCell(0)).equals(figure)) {
                    return List.of(formatter.formatCellValue(row.getCell(0)), formatter.formatCellValue(row.getCell(1)),
                            formatter.formatCellValue(row.getCell(2)));
                }
            }
        }
        return List.of();
    }

    @Test
    void listsThatWouldShareAFileAreNotPublished() throws Exception {
        Path first = Files.createDirectories(temp.resolve("in1"));
        writeSchools(first, List.of("Schulamt für den Kreis Lippe", "Schulamt für den Kreis Lippe",
                "Schulamt für den Kreis Lippe"));
        writePupils(first);
        assertThat(runner.run(first, temp.resolve("out1"), DAY).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // As stored by a version that took the name as typed: the next run's lists would share a file.
        jdbc.update("UPDATE school SET authority = 'Schulamt für den Kreis Lippe!' WHERE school_number = '100002'");
        Path second = Files.createDirectories(temp.resolve("in2"));
        writePupils(second);

        JobExecution run = runner.run(second, temp.resolve("out2"), DAY);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(run.getAllFailureExceptions()).first().extracting(Throwable::getMessage).asString()
                .startsWith("Listen nicht veröffentlicht: die Schulaufsichten")
                .contains("Zuweisungen_Schulamt_fuer_den_Kreis_Lippe.xlsx");
        assertThat(temp.resolve("out2")).satisfiesAnyOf(
                folder -> assertThat(folder).doesNotExist(),
                folder -> assertThat(folder).isEmptyDirectory());
        assertThat(jdbc.queryForObject("SELECT published_at IS NULL FROM planning_run WHERE id = ?", Boolean.class,
                run.getJobInstanceId())).isTrue();
    }

    private static void writeSchools(Path input, List<String> authorities) {
        TestWorkbooks workbook = new TestWorkbooks();
        var schools = workbook.sheet("Schulen", "Schulnummer", "Name", "Schulform", "Breitengrad", "Längengrad",
                "Gemeindeschlüssel", "Schulaufsicht").header();
        var places = workbook.sheet("Freie Plätze", "Schulnummer", "Jahrgang von", "Jahrgang bis", "Freie Plätze")
                .header();
        for (int i = 0; i < authorities.size(); i++) {
            String number = "10000" + (i + 1);
            schools.row(number, "Grundschule " + (i + 1), "GS", 51.93 + i * 0.01, 8.87, "05766020", authorities.get(i));
            places.row(number, 1, 4, 1);
        }
        workbook.writeTo(input.resolve("schulen.xlsx"));
    }

    /** Three pupils, each nearest to another of the three schools, which have one place each. */
    private static void writePupils(Path input) {
        new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "Breitengrad",
                        "Längengrad")
                .header()
                .row("K-1", "Eins", "Ada", LocalDate.of(2018, 3, 3), 51.93, 8.871)
                .row("K-2", "Zwei", "Ben", LocalDate.of(2018, 4, 4), 51.94, 8.871)
                .row("K-3", "Drei", "Cem", LocalDate.of(2018, 5, 5), 51.95, 8.871)
                .done().writeTo(input.resolve("schueler.xlsx"));
    }

    private static List<String> workbooks(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("Zuweisungen_")).toList();
        }
    }

    /** Case numbers on the school sheets of a list (every sheet but the fixed ones). */
    private static List<String> placedOnList(Path file) throws Exception {
        List<String> cases = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                if (!sheet.getSheetName().matches("\\d{6} .*")) {
                    continue;
                }
                for (Row row : sheet) {
                    if (row.getRowNum() > 0) {
                        cases.add(formatter.formatCellValue(row.getCell(0)));
                    }
                }
            }
        }
        return cases;
    }
}
