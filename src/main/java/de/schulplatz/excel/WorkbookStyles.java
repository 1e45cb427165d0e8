package de.schulplatz.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles every generated workbook shares; created once per workbook (Excel limits styles). */
public final class WorkbookStyles {

    private final Workbook workbook;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quotedText;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle date;

    public WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        // Long reasons wrap within their column instead of running off the printed page.
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        quotedText = workbook.createCellStyle();
        quotedText.cloneStyleFrom(text);
        quotedText.setQuotePrefixed(true);
        integer = workbook.createCellStyle();
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
        integer.setVerticalAlignment(VerticalAlignment.TOP);
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        decimal.setVerticalAlignment(VerticalAlignment.TOP);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
        date.setVerticalAlignment(VerticalAlignment.TOP);
    }

    public Workbook workbook() {
        return workbook;
    }

    public CellStyle header() {
        return header;
    }

    public CellStyle text() {
        return text;
    }

    public CellStyle quotedText() {
        return quotedText;
    }

    public CellStyle integer() {
        return integer;
    }

    public CellStyle decimal() {
        return decimal;
    }

    public CellStyle date() {
        return date;
    }
}
