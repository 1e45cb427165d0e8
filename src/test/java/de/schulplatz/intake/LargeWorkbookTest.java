package de.schulplatz.intake;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.intake.ImportProblem.Severity;
import de.schulplatz.runs.RunRepository;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A workbook with 200,000 pupil rows is imported completely, with every row accounted for. The surefire
 * execution "large-inputs" (pom.xml) runs this test in its own JVM with a small heap (-Xmx), so it also
 * shows that reading streams the rows instead of loading the workbook into memory.
 */
@Tag("large")
@DatabaseTest
class LargeWorkbookTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final long RUN = 1;
    private static final int ROWS = 200_000;
    /** Every 1000th row has an impossible birth date. */
    private static final int BAD_EVERY = 1_000;

    @Autowired
    SchoolImport schoolImport;
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

    @AfterEach
    void tearDown() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void twoHundredThousandRowsAreImportedAndEveryRowIsCounted() throws Exception {
        writeLargeWorkbook(input.resolve("gross.xlsx"));
        long started = System.nanoTime();

        schoolImport.importFrom(input, RUN, TODAY);
        ImportSummary summary = pupilImport.importFrom(input, RUN, TODAY);

        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        int bad = ROWS / BAD_EVERY;
        assertThat(summary).isEqualTo(new ImportSummary(ROWS, ROWS - bad, bad, 0));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pupil", Integer.class)).isEqualTo(ROWS - bad);
        assertThat(imports.sheetCounts(RUN)).singleElement().satisfies(count -> {
            assertThat(count.rowsRead()).isEqualTo(ROWS);
            assertThat(count.rowsRead()).isEqualTo(count.rowsImported() + count.rowsRejected());
        });
        List<ImportProblem> errors = imports.problems(RUN).stream().filter(p -> p.severity() == Severity.FEHLER).toList();
        assertThat(errors).hasSize(bad).allSatisfy(p -> assertThat(p.column()).isEqualTo("Geburtsdatum"));
        assertThat(errors.get(errors.size() - 1).rowNumber()).isEqualTo(ROWS + 1);
        assertThat(seconds).as("import time in seconds").isLessThan(120);
        System.out.printf("LargeWorkbookTest: %d rows imported in %d s, max heap %d MB%n", ROWS, seconds,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Written row by row (SXSSF), so that building the file needs little memory too. */
    private static void writeLargeWorkbook(Path file) throws Exception {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Schüler");
            String[] headers = {"Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "Breitengrad", "Längengrad",
                    "Familiensprache"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int i = 1; i <= ROWS; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(String.format("L-%06d", i));
                row.createCell(1).setCellValue("Nachname " + i);
                row.createCell(2).setCellValue("Vorname");
                row.createCell(3).setCellValue(i % BAD_EVERY == 0 ? "31.02.2015" : "05.03.2015");
                row.createCell(4).setCellValue(51.90 + (i % 100) / 1000.0);
                row.createCell(5).setCellValue(8.80 + (i % 97) / 1000.0);
                row.createCell(6).setCellValue("Arabisch");
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
