package de.schulplatz.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableSheetTest {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final WorkbookStyles styles = new WorkbookStyles(workbook);

    @AfterEach
    void close() throws Exception {
        workbook.close();
    }

    private int sheets;

    private Sheet oneRowSheet(Object... values) {
        return TableSheet.create(styles, "Liste " + ++sheets, List.of("Wert", "Zweiter", "Dritter")).row(values).finish();
    }

    private Cell firstCell(Object value) {
        return oneRowSheet(value).getRow(1).getCell(0);
    }

    @Test
    void headerRowIsStyledAndFrozen() {
        Sheet sheet = oneRowSheet("Anna");
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
        assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Dritter");
        assertThat(sheet.getRow(0).getCell(0).getCellStyle()).isEqualTo(styles.header());
    }

    @Test
    void autoFilterCoversHeaderAndAllRows() {
        Sheet sheet = TableSheet.create(styles, "Liste", List.of("A", "B", "C")).row("1").row("2").finish();
        assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C3");
    }

    @Test
    void printsA4LandscapeWithRepeatedHeader() {
        Sheet sheet = oneRowSheet("Anna");
        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getLandscape()).isTrue();
        assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(print.getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getRepeatingRows()).isNotNull();
        assertThat(sheet.getRepeatingRows().getFirstRow()).isZero();
        assertThat(sheet.getRepeatingRows().getLastRow()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"x\")", "+49 123", "-5", "@SUM(A1)"})
    void formulaLikeTextIsQuotedStringCell(String text) {
        Cell cell = firstCell(text);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(text);
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
    }

    @Test
    void ordinaryTextIsNotQuoted() {
        Cell cell = firstCell("Anna");
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getCellStyle().getQuotePrefixed()).isFalse();
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
    }

    @Test
    void localDateIsADateFormattedNumber() {
        Cell cell = firstCell(LocalDate.of(2014, 3, 5));
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy");
        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2014, 3, 5));
    }

    @Test
    void integerIsANumber() {
        Cell cell = firstCell(42);
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(42.0);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0");
        assertThat(firstCell(7L).getCellType()).isEqualTo(CellType.NUMERIC);
    }

    @Test
    void decimalIsANumberWithOneDecimal() {
        Cell cell = firstCell(10.32);
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(10.32);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.0");
    }

    @Test
    void booleanIsWrittenInGerman() {
        Row row = oneRowSheet(true, false).getRow(1);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("ja");
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("nein");
    }

    @Test
    void nullLeavesTheCellEmpty() {
        Row row = oneRowSheet("Anna", null, "Bert").getRow(1);
        assertThat(row.getCell(1)).isNull();
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Bert");
    }

    @Test
    void countsDataRowsWithoutTheHeader() {
        TableSheet table = TableSheet.create(styles, "Liste", List.of("A")).row("1").row("2");
        assertThat(table.dataRowCount()).isEqualTo(2);
    }

    @Test
    void columnWidthFitsContentButIsCappedAndALongTextWrapsInATallerRow() {
        Sheet sheet = oneRowSheet("x".repeat(200), "kurz");
        assertThat(sheet.getColumnWidth(0)).isEqualTo(45 * 256);
        assertThat(sheet.getColumnWidth(1)).isEqualTo(("Zweiter".length() + 3) * 256);
        assertThat(sheet.getRow(1).getCell(0).getCellStyle().getWrapText()).isTrue();
        assertThat(sheet.getRow(1).getHeightInPoints()).isEqualTo(5 * sheet.getDefaultRowHeightInPoints());
    }

    @Test
    void aHeaderOfSeveralWordsWrapsSoItsColumnIsAsWideAsItsLongestWord() {
        Sheet sheet = TableSheet.create(styles, "Kopf", List.of("Fahrkosten erstattet")).row("ja").finish();

        assertThat(sheet.getColumnWidth(0)).isEqualTo(("Fahrkosten".length() + 3) * 256);
        assertThat(sheet.getRow(0).getHeightInPoints()).isEqualTo(2 * sheet.getDefaultRowHeightInPoints());
    }

    @Test
    void everyPrintedPageNamesWhatItIsAndIsMarkedConfidentialWithPageNumbers() {
        Sheet sheet = TableSheet.create(styles, "Schule", List.of("Wert")).printTitle("Schule A & B (123456)",
                "Schulamt", "Planung vom 01.08.2027").row("x").finish();

        assertThat(sheet.getHeader().getLeft()).isEqualTo("Schule A && B (123456)");
        assertThat(sheet.getHeader().getCenter()).isEqualTo("Schulamt");
        assertThat(sheet.getHeader().getRight()).isEqualTo("Planung vom 01.08.2027");
        assertThat(sheet.getFooter().getLeft()).isEqualTo("Vertraulich – enthält personenbezogene Daten");
        assertThat(sheet.getFooter().getRight()).isEqualTo("Seite &P von &N");
    }

    @Test
    void quotedTextSurvivesSavingAndReadsBackAsTheOriginalText(@TempDir Path dir) throws Exception {
        TableSheet.create(styles, "Liste", List.of("Name", "Telefon")).row("=HYPERLINK(\"x\")", "+49 123").finish();
        Path file = dir.resolve("liste.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        try (XSSFWorkbook reread = new XSSFWorkbook(file.toFile())) {
            Cell cell = reread.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
        try (var streaming = WorkbookFiles.openStreaming(file)) {
            var rows = streaming.getSheetAt(0).iterator();
            rows.next();
            Row row = rows.next();
            assertThat(CellTexts.text(row.getCell(0))).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(CellTexts.text(row.getCell(1))).isEqualTo("+49 123");
        }
    }

    @Test
    void textLongerThanAnExcelCellIsCutWithAMarkInsteadOfFailing(@TempDir Path dir) throws Exception {
        String tooLong = "=" + "x".repeat(40_000);
        String exact = "y".repeat(SafeText.MAX_CELL_CHARS);
        var streamingWorkbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
        TableSheet.create(new WorkbookStyles(streamingWorkbook), "Liste", List.of("A", "B")).row(tooLong, exact).finish();
        Path file = dir.resolve("lang.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            streamingWorkbook.write(out);
        }
        streamingWorkbook.close();
        try (XSSFWorkbook reread = new XSSFWorkbook(file.toFile())) {
            Row row = reread.getSheetAt(0).getRow(1);
            String cut = row.getCell(0).getStringCellValue();
            assertThat(cut).hasSize(SafeText.MAX_CELL_CHARS).startsWith("=xxx").endsWith(" […gekürzt]");
            assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(exact);
        }
    }
}
