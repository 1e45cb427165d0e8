package de.schulplatz.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DataRowTest {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Sheet sheet = workbook.createSheet("Kinder");
    private final HeaderRow header;

    DataRowTest() {
        Row headerRow = sheet.createRow(0);
        for (TestColumn column : TestColumn.values()) {
            headerRow.createCell(column.ordinal()).setCellValue(column.header());
        }
        header = HeaderRow.of(headerRow, TestColumn.all());
    }

    @AfterEach
    void close() throws Exception {
        workbook.close();
    }

    private Row row(int index) {
        return sheet.createRow(index);
    }

    private Cell cell(Row row, TestColumn column) {
        return row.createCell(column.ordinal());
    }

    /** A data row with one text cell. */
    private DataRow textRow(TestColumn column, String text) {
        Row row = row(1);
        cell(row, column).setCellValue(text);
        return new DataRow(row, header);
    }

    private CellStyle dateStyle() {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
        return style;
    }

    @Test
    void realDateCellGivesLocalDate() {
        Row row = row(1);
        Cell cell = cell(row, TestColumn.BIRTH_DATE);
        cell.setCellValue(LocalDate.of(2014, 3, 5));
        cell.setCellStyle(dateStyle());
        DataRow data = new DataRow(row, header);
        assertThat(data.date(TestColumn.BIRTH_DATE)).isEqualTo(LocalDate.of(2014, 3, 5));
        assertThat(data.text(TestColumn.BIRTH_DATE)).isEqualTo("05.03.2014");
        assertThat(data.problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"05.03.2014", "5.3.2014", "2014-03-05", " 05.03.2014\u00A0"})
    void textDatesGiveLocalDate(String text) {
        DataRow data = textRow(TestColumn.BIRTH_DATE, text);
        assertThat(data.date(TestColumn.BIRTH_DATE)).isEqualTo(LocalDate.of(2014, 3, 5));
        assertThat(data.hasProblems()).isFalse();
    }

    @Test
    void impossibleDateIsAProblemWithGermanReasonAndValue() {
        DataRow data = textRow(TestColumn.BIRTH_DATE, "31.02.2015");
        assertThat(data.date(TestColumn.BIRTH_DATE)).isNull();
        assertThat(data.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("Geburtsdatum");
            assertThat(problem.value()).isEqualTo("31.02.2015");
            assertThat(problem.reason()).contains("kein gültiges Datum");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"morgen", "5.3.14", "2014/03/05", "29.02.2015"})
    void otherUnreadableDatesAreProblems(String text) {
        DataRow data = textRow(TestColumn.BIRTH_DATE, text);
        assertThat(data.date(TestColumn.BIRTH_DATE)).isNull();
        assertThat(data.problems()).hasSize(1);
    }

    @Test
    void emptyOptionalDateIsNullWithoutProblem() {
        DataRow data = new DataRow(row(1), header);
        assertThat(data.date(TestColumn.BIRTH_DATE)).isNull();
        assertThat(data.problems()).isEmpty();
    }

    @Test
    void requiredDateOnEmptyCellNotesMissingValue() {
        DataRow data = new DataRow(row(1), header);
        assertThat(data.requiredDate(TestColumn.BIRTH_DATE)).isNull();
        assertThat(data.problems()).containsExactly(new RowProblem("Geburtsdatum", "", "Pflichtangabe fehlt"));
    }

    @Test
    void numberStoredAsTextParsesAsInteger() {
        assertThat(textRow(TestColumn.GRADE, "7").integer(TestColumn.GRADE)).isEqualTo(7);
        assertThat(textRow(TestColumn.GRADE, " 7 ").integer(TestColumn.GRADE)).isEqualTo(7);
    }

    @Test
    void germanThousandsSeparatorIsReadAsThousands() {
        assertThat(textRow(TestColumn.GRADE, "1.000").integer(TestColumn.GRADE)).isEqualTo(1000);
    }

    @Test
    void decimalKeepsThreeDecimalPlaces() {
        assertThat(textRow(TestColumn.LATITUDE, "51.950").decimal(TestColumn.LATITUDE)).isEqualTo(51.95);
    }

    @Test
    void numericCellParsesAsInteger() {
        Row row = row(1);
        cell(row, TestColumn.GRADE).setCellValue(7.0);
        assertThat(new DataRow(row, header).integer(TestColumn.GRADE)).isEqualTo(7);
    }

    @Test
    void fractionIsNotAnInteger() {
        DataRow data = textRow(TestColumn.GRADE, "7,5");
        assertThat(data.integer(TestColumn.GRADE)).isNull();
        assertThat(data.problems()).containsExactly(new RowProblem("Jahrgang", "7,5", "keine ganze Zahl"));
    }

    @Test
    void numericSchoolNumberReadsAsTextWithoutDecimalPoint() {
        Row row = row(1);
        cell(row, TestColumn.SCHOOL_NUMBER).setCellValue(100035);
        assertThat(new DataRow(row, header).text(TestColumn.SCHOOL_NUMBER)).isEqualTo("100035");
    }

    @Test
    void decimalAcceptsCommaAndPoint() {
        assertThat(textRow(TestColumn.LATITUDE, "51,95").decimal(TestColumn.LATITUDE)).isEqualTo(51.95);
        assertThat(textRow(TestColumn.LATITUDE, "51.95").decimal(TestColumn.LATITUDE)).isEqualTo(51.95);
    }

    @Test
    void numericDecimalCell() {
        Row row = row(1);
        cell(row, TestColumn.LATITUDE).setCellValue(51.94998);
        DataRow data = new DataRow(row, header);
        assertThat(data.decimal(TestColumn.LATITUDE)).isEqualTo(51.94998);
        assertThat(data.text(TestColumn.LATITUDE)).isEqualTo("51.94998");
    }

    @Test
    void textIsNotADecimal() {
        DataRow data = textRow(TestColumn.LATITUDE, "Nord");
        assertThat(data.decimal(TestColumn.LATITUDE)).isNull();
        assertThat(data.problems()).containsExactly(new RowProblem("Breitengrad", "Nord", "keine Zahl"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "7d"})
    void javaOnlyNumberSpellingsAreNotNumbers(String text) {
        DataRow data = textRow(TestColumn.LATITUDE, text);
        assertThat(data.decimal(TestColumn.LATITUDE)).isNull();
        assertThat(data.problems()).extracting(RowProblem::reason).containsExactly("keine Zahl");
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({
            "ja, true", "Ja, true", "JA, true", "j, true", "x, true", "X, true", "wahr, true", "true, true", "1, true",
            "nein, false", "Nein, false", "n, false", "falsch, false", "false, false", "0, false"
    })
    void yesNoAcceptsGermanAndCommonSpellings(String text, boolean expected) {
        DataRow data = textRow(TestColumn.LITERATE, text);
        assertThat(data.yesNo(TestColumn.LITERATE)).isEqualTo(expected);
        assertThat(data.problems()).isEmpty();
    }

    @Test
    void yesNoOfBooleanCell() {
        Row row = row(1);
        cell(row, TestColumn.LITERATE).setCellValue(true);
        assertThat(new DataRow(row, header).yesNo(TestColumn.LITERATE)).isTrue();
    }

    @Test
    void yesNoRejectsOtherAnswers() {
        DataRow data = textRow(TestColumn.LITERATE, "teilweise");
        assertThat(data.yesNo(TestColumn.LITERATE)).isNull();
        assertThat(data.problems()).containsExactly(
                new RowProblem("Lateinische Schrift", "teilweise", "erwartet ja oder nein"));
    }

    @Test
    void yesNoOfEmptyCellIsNull() {
        DataRow data = new DataRow(row(1), header);
        assertThat(data.yesNo(TestColumn.LITERATE)).isNull();
        assertThat(data.problems()).isEmpty();
    }

    @Test
    void requiredTextOnEmptyCellNotesMissingValue() {
        Row row = row(1);
        cell(row, TestColumn.NAME).setCellValue("   ");
        DataRow data = new DataRow(row, header);
        assertThat(data.requiredText(TestColumn.NAME)).isNull();
        assertThat(data.problems()).containsExactly(new RowProblem("Name", "", "Pflichtangabe fehlt"));
    }

    @Test
    void requiredTextOfColumnMissingInTheSheetNotesMissingValue() {
        Row headerRow = workbook.createSheet().createRow(0);
        headerRow.createCell(0).setCellValue("Fallnummer");
        Row row = headerRow.getSheet().createRow(1);
        row.createCell(0).setCellValue("A-1");
        DataRow data = new DataRow(row, HeaderRow.of(headerRow, TestColumn.all()));
        assertThat(data.requiredText(TestColumn.NAME)).isNull();
        assertThat(data.problems()).containsExactly(new RowProblem("Name", "", "Pflichtangabe fehlt"));
    }

    @Test
    void requiredTextKeepsTheCleanedValue() {
        DataRow data = textRow(TestColumn.NAME, "\u00A0Anna  Muster\u200B ");
        assertThat(data.requiredText(TestColumn.NAME)).isEqualTo("Anna  Muster");
        assertThat(data.problems()).isEmpty();
    }

    @Test
    void formulaCellUsesItsCachedValue() {
        Row row = row(1);
        Cell grade = cell(row, TestColumn.GRADE);
        grade.setCellFormula("3+4");
        grade.setCellValue(7);
        Cell name = cell(row, TestColumn.NAME);
        name.setCellFormula("\"Anna\"");
        name.setCellValue("Anna");
        DataRow data = new DataRow(row, header);
        assertThat(data.integer(TestColumn.GRADE)).isEqualTo(7);
        assertThat(data.text(TestColumn.NAME)).isEqualTo("Anna");
        assertThat(data.problems()).isEmpty();
    }

    @Test
    void errorCellIsNoTextAndARequiredErrorCellIsReported() {
        Row row = row(1);
        cell(row, TestColumn.NAME).setCellErrorValue(FormulaError.NA.getCode());
        DataRow data = new DataRow(row, header);
        assertThat(data.text(TestColumn.NAME)).isNull();
        assertThat(data.requiredText(TestColumn.NAME)).isNull();
        assertThat(data.problems()).containsExactly(
                new RowProblem("Name", "#FEHLER", "Zelle enthält einen Fehlerwert"));
    }

    @Test
    void formulaWithCachedErrorIsReportedLikeAnErrorCell() {
        Row row = row(1);
        Cell cell = cell(row, TestColumn.NAME);
        cell.setCellFormula("1/0");
        cell.setCellErrorValue(FormulaError.DIV0.getCode());
        DataRow data = new DataRow(row, header);
        assertThat(data.requiredText(TestColumn.NAME)).isNull();
        assertThat(data.problems()).extracting(RowProblem::reason).containsExactly("Zelle enthält einen Fehlerwert");
    }

    @Test
    void rowNumberIsTheOneBasedExcelRowEvenAfterBlankRows() {
        assertThat(new DataRow(row(9), header).rowNumber()).isEqualTo(10);
    }

    @Test
    void rowWithOnlyBlanksIsBlank() {
        Row row = row(1);
        cell(row, TestColumn.NAME).setCellValue("   ");
        cell(row, TestColumn.GRADE).setCellValue("\u00A0");
        cell(row, TestColumn.BIRTH_DATE).setCellStyle(dateStyle()); // formatted but empty
        assertThat(new DataRow(row, header).isBlank()).isTrue();
        assertThat(DataRow.isBlank(row)).isTrue();
    }

    @Test
    void rowWithOneValueIsNotBlank() {
        Row row = row(1);
        cell(row, TestColumn.NAME).setCellValue("   ");
        cell(row, TestColumn.GRADE).setCellValue(0);
        assertThat(DataRow.isBlank(row)).isFalse();
    }

    @Test
    void problemsOfAllColumnsAreCollected() {
        Row row = row(1);
        cell(row, TestColumn.GRADE).setCellValue("sieben");
        cell(row, TestColumn.BIRTH_DATE).setCellValue("gestern");
        DataRow data = new DataRow(row, header);
        data.requiredText(TestColumn.NAME);
        data.integer(TestColumn.GRADE);
        data.date(TestColumn.BIRTH_DATE);
        assertThat(data.problems()).extracting(RowProblem::column)
                .containsExactly("Name", "Jahrgang", "Geburtsdatum");
    }

    @Test
    void streamingReaderGivesTheSameValuesAndRealRowNumbers(@TempDir Path dir) throws Exception {
        Row row = row(4); // rows 2-4 stay empty
        cell(row, TestColumn.CASE_NUMBER).setCellValue("A-17");
        cell(row, TestColumn.SCHOOL_NUMBER).setCellValue(100035);
        Cell birth = cell(row, TestColumn.BIRTH_DATE);
        birth.setCellValue(LocalDate.of(2014, 3, 5));
        birth.setCellStyle(dateStyle());
        Cell grade = cell(row, TestColumn.GRADE);
        grade.setCellFormula("3+4");
        grade.setCellValue(7);
        cell(row, TestColumn.ARRIVAL).setCellValue("2025-09-01");
        Path file = dir.resolve("kinder.xlsx");
        try (var out = Files.newOutputStream(file)) {
            workbook.write(out);
        }

        try (Workbook streaming = WorkbookFiles.openStreaming(file)) {
            Iterator<Row> rows = streaming.getSheetAt(0).iterator();
            HeaderRow streamedHeader = HeaderRow.of(rows.next(), TestColumn.all());
            DataRow data = new DataRow(rows.next(), streamedHeader);
            assertThat(data.rowNumber()).isEqualTo(5);
            assertThat(data.text(TestColumn.CASE_NUMBER)).isEqualTo("A-17");
            assertThat(data.text(TestColumn.SCHOOL_NUMBER)).isEqualTo("100035");
            assertThat(data.date(TestColumn.BIRTH_DATE)).isEqualTo(LocalDate.of(2014, 3, 5));
            assertThat(data.integer(TestColumn.GRADE)).isEqualTo(7);
            assertThat(data.date(TestColumn.ARRIVAL)).isEqualTo(LocalDate.of(2025, 9, 1));
            assertThat(data.problems()).isEmpty();
            assertThat(rows.hasNext()).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "[1]Tabelle1!B7|true",
            "'[Adressen.xlsx]Tabelle 1'!B7|true",
            "SUM('C:\\Daten\\[a.xlsx]T'!A1:A3)|true",
            "Tabelle1!B7|false",
            "SUM(Tabelle1[Spalte])|false",
            "\"[x]\"&A1|false"})
    void formulaFromAnotherWorkbookGivesARemark(String formula, boolean external) {
        Row row = row(1);
        var cell = (org.apache.poi.xssf.usermodel.XSSFCell) cell(row, TestColumn.NAME);
        cell.setCellValue("Kaya"); // the cached value
        cell.getCTCell().addNewF().setStringValue(formula); // as Excel stores it; POI cannot parse every form
        DataRow data = new DataRow(row, header);
        assertThat(data.text(TestColumn.NAME)).isEqualTo("Kaya");
        assertThat(data.externalFormulaRemarks()).hasSize(external ? 1 : 0);
    }
}
