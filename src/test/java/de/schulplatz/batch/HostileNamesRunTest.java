package de.schulplatz.batch;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.TestWorkbooks;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Output safety after a real run: names that look like formulas come out as quoted text cells, names in
 * every script come out unchanged, and a cell of Excel's maximum length does not break the Fehlerbericht.
 */
@DatabaseTest
class HostileNamesRunTest {

    private static final LocalDate PLANNING_DATE = LocalDate.of(2026, 11, 21);
    private static final String AUTHORITY_FILE = "Zuweisungen_Schulamt_fuer_den_Kreis_Lippe.xlsx";

    @Autowired
    PlacementRunner runner;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @BeforeEach
    void cleanDatabase() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void formulaLikeAndForeignScriptNamesRoundTripAsPlainTextThroughImportDatabaseAndExport() throws Exception {
        Map<String, String[]> names = new LinkedHashMap<>();
        names.put("F-1", new String[] {"=HYPERLINK(\"http://example.org\";\"klick\")", "=1+2"});
        names.put("F-2", new String[] {"+49 170 1234567", "@SUMME(A1)"});
        names.put("F-3", new String[] {"-Ali", "-1"});
        names.put("S-1", new String[] {"محمد", "عبد الله"});
        names.put("S-2", new String[] {"Коваленко", "Олена"});
        names.put("S-3", new String[] {"ተስፋይ", "ሰላም"});
        names.put("S-4", new String[] {"Nguyễn", "Thị Ngọc"});
        names.put("S-5", new String[] {"Mia 🌟", "Emoji 👩‍👧"});
        names.put("S-6", new String[] {"Re\u0301ne\u0301e", "Zoë"});
        Path input = temp.resolve("in");
        java.nio.file.Files.createDirectories(input);
        TestWorkbooks schools = new TestWorkbooks();
        schools.sheet("Schulen", "Schulnummer", "Name", "Schulform", "PLZ", "Ort", "Breitengrad", "Längengrad")
                .header().row("100001", "Grundschule am Markt", "GS", "32756", "Detmold", "51,9380", "8,8790");
        schools.sheet("Freie Plätze", "Schulnummer", "Jahrgang von", "Jahrgang bis", "Freie Plätze")
                .header().row("100001", 1, 4, 20);
        schools.writeTo(input.resolve("schulen.xlsx"));
        var pupils = new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum",
                "PLZ", "Geschlecht").header();
        names.forEach((caseNumber, name) -> pupils.row(caseNumber, name[0], name[1], "05.03.2019", "32756", "w"));
        pupils.row("R-1", "Kaya", "Emir", "05.03.2019", "32756", "=1+1") // rejected: value starts with "="
                .row("R-2", "x".repeat(32_767), "Ali", "05.03.2019", "32756", "m"); // rejected: name too long
        pupils.done().writeTo(input.resolve("schueler.xlsx"));
        Path output = temp.resolve("out");

        JobExecution execution = runner.run(input, output, PLANNING_DATE);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        for (var entry : names.entrySet()) {
            assertThat(jdbc.queryForObject("SELECT last_name || '|' || first_name FROM pupil WHERE case_number = ?",
                    String.class, entry.getKey())).isEqualTo(entry.getValue()[0] + "|" + entry.getValue()[1]);
        }
        Map<String, Row> rowsByCase = new HashMap<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(output.resolve(AUTHORITY_FILE).toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                if (!sheet.getSheetName().startsWith("100001") && !sheet.getSheetName().equals("Nicht zugewiesen")) {
                    continue;
                }
                for (Row row : sheet) {
                    if (row.getRowNum() > 0) {
                        rowsByCase.put(formatter.formatCellValue(row.getCell(0)), row);
                    }
                }
            }
            assertThat(rowsByCase).containsOnlyKeys(names.keySet());
            for (var entry : names.entrySet()) {
                Row row = rowsByCase.get(entry.getKey());
                assertPlainText(row.getCell(1), entry.getValue()[0]);
                assertPlainText(row.getCell(2), entry.getValue()[1]);
            }
        }

        try (Workbook report = WorkbookFactory.create(output.resolve("Fehlerbericht.xlsx").toFile(), null, true)) {
            Map<String, Cell> valueByColumn = new HashMap<>();
            for (Row row : report.getSheet("Fehler und Hinweise")) {
                if ("Fehler".equals(formatter.formatCellValue(row.getCell(0)))) {
                    valueByColumn.put(formatter.formatCellValue(row.getCell(4)), row.getCell(5));
                }
            }
            assertPlainText(valueByColumn.get("Geschlecht"), "=1+1");
            assertThat(valueByColumn.get("Nachname").getStringCellValue()).hasSize(32_767);
            Sheet counts = report.getSheet("Zusammenfassung");
            Row total = counts.getRow(counts.getLastRowNum());
            assertThat(formatter.formatCellValue(total.getCell(0))).isEqualTo("Summe");
            assertThat(total.getCell(2).getNumericCellValue())
                    .isEqualTo(total.getCell(3).getNumericCellValue() + total.getCell(4).getNumericCellValue());
        }
        JsonNode summary = JsonMapper.builder().build().readTree(output.resolve("run-summary.json").toFile());
        JsonNode pupilCounts = summary.get("pupils");
        assertThat(pupilCounts.get("read").asInt()).isEqualTo(names.size() + 2);
        assertThat(pupilCounts.get("imported").asInt()).isEqualTo(names.size());
        assertThat(pupilCounts.get("rejected").asInt()).isEqualTo(2);
    }

    /** A string cell with exactly the text; formula-like text also carries the quote-prefix style. */
    private static void assertPlainText(Cell cell, String expected) {
        assertThat(cell).as("cell for %s", expected).isNotNull();
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(expected);
        char first = expected.charAt(0);
        boolean formulaLike = "=+-@\t\r".indexOf(first) >= 0;
        assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix of %s", expected).isEqualTo(formulaLike);
    }
}
