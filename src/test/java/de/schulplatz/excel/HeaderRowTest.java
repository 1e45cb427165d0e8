package de.schulplatz.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HeaderRowTest {

    private final XSSFWorkbook workbook = new XSSFWorkbook();

    @AfterEach
    void close() throws Exception {
        workbook.close();
    }

    private Row headerRow(int rowIndex, String... headers) {
        Row row = workbook.createSheet().createRow(rowIndex);
        for (int i = 0; i < headers.length; i++) {
            row.createCell(i).setCellValue(headers[i]);
        }
        return row;
    }

    @Test
    void findsColumnsInAnyOrderIgnoringCaseBlanksNbspAndRequiredMark() {
        HeaderRow header = HeaderRow.of(headerRow(0,
                "  geburtsdatum ", "NAME *", "\u00A0Fallnummer\u00A0*", "Datum  der\u00A0 Ankunft", "Jahrgang*"),
                TestColumn.all());

        assertThat(header.indexOf(TestColumn.BIRTH_DATE)).isEqualTo(0);
        assertThat(header.indexOf(TestColumn.NAME)).isEqualTo(1);
        assertThat(header.indexOf(TestColumn.CASE_NUMBER)).isEqualTo(2);
        assertThat(header.indexOf(TestColumn.ARRIVAL)).isEqualTo(3);
        assertThat(header.indexOf(TestColumn.GRADE)).isEqualTo(4);
        assertThat(header.unknownHeaders()).isEmpty();
        assertThat(header.missingRequired()).isEmpty();
    }

    @Test
    void wrappedHeaderWithLineBreakIsFound() {
        HeaderRow header = HeaderRow.of(headerRow(0, "Datum der\nAnkunft", "Geburts-\ndatum"), TestColumn.all());
        assertThat(header.indexOf(TestColumn.ARRIVAL)).isEqualTo(0);
        assertThat(header.unknownHeaders()).containsExactly("Geburts-\ndatum");
    }

    @Test
    void aliasFindsTheColumn() {
        HeaderRow header = HeaderRow.of(headerRow(0, "Name", "fall-nr."), TestColumn.all());
        assertThat(header.has(TestColumn.CASE_NUMBER)).isTrue();
        assertThat(header.indexOf(TestColumn.CASE_NUMBER)).isEqualTo(1);
    }

    @Test
    void unknownHeadersAreListedAsWritten() {
        HeaderRow header = HeaderRow.of(headerRow(0, "Fallnummer", "Lieblingsfarbe", "Name", " Schuhgröße "),
                TestColumn.all());
        assertThat(header.unknownHeaders()).containsExactly("Lieblingsfarbe", "Schuhgröße");
    }

    @Test
    void duplicateHeaderIsListedAndTheLeftOneUsed() {
        HeaderRow header = HeaderRow.of(headerRow(0, "Name", "Fallnummer", "name *"), TestColumn.all());
        assertThat(header.duplicateHeaders()).containsExactly("name *");
        assertThat(header.indexOf(TestColumn.NAME)).isEqualTo(0);
    }

    @Test
    void headerAndAliasOfTheSameColumnCountAsDuplicate() {
        HeaderRow header = HeaderRow.of(headerRow(0, "Aktenzeichen", "Name", "Fallnummer"), TestColumn.all());
        assertThat(header.duplicateHeaders()).containsExactly("Fallnummer");
        assertThat(header.indexOf(TestColumn.CASE_NUMBER)).isEqualTo(0);
    }

    @Test
    void missingRequiredColumnsAreListed() {
        HeaderRow header = HeaderRow.of(headerRow(0, "Geburtsdatum", "Bemerkung"), TestColumn.all());
        assertThat(header.missingRequired()).containsExactly(TestColumn.CASE_NUMBER, TestColumn.NAME);
        assertThat(header.has(TestColumn.NAME)).isFalse();
        assertThat(header.indexOf(TestColumn.NAME)).isNull();
    }

    @Test
    void missingOptionalColumnIsNotReported() {
        HeaderRow header = HeaderRow.of(headerRow(0, "Fallnummer", "Name"), TestColumn.all());
        assertThat(header.missingRequired()).isEmpty();
        assertThat(header.has(TestColumn.BIRTH_DATE)).isFalse();
    }

    @Test
    void emptyHeaderCellsAreSkippedAndColumnIndexKept() {
        Row row = headerRow(0, "Fallnummer", "", "   ");
        row.createCell(5).setCellValue("Name");
        HeaderRow header = HeaderRow.of(row, TestColumn.all());
        assertThat(header.indexOf(TestColumn.NAME)).isEqualTo(5);
        assertThat(header.unknownHeaders()).isEmpty();
    }

    @Test
    void rowNumberIsOneBased() {
        assertThat(HeaderRow.of(headerRow(2, "Fallnummer", "Name"), TestColumn.all()).rowNumber()).isEqualTo(3);
    }
}
