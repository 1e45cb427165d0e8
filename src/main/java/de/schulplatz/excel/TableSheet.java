package de.schulplatz.excel;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet laid out as one table: styled, frozen header row with auto-filter, column widths that fit the
 * content, A4 landscape printing with the header repeated on every page. Text that a spreadsheet program
 * could mistake for a formula is always written as quoted text.
 */
public final class TableSheet {

    private static final int MAX_COLUMN_CHARS = 45;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final int[] widths;
    private int nextRow;

    private TableSheet(Sheet sheet, WorkbookStyles styles, List<String> headers) {
        this.sheet = sheet;
        this.styles = styles;
        this.widths = new int[headers.size()];
        Row header = sheet.createRow(nextRow++);
        int headerLines = 1;
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            String text = headers.get(i);
            cell.setCellValue(text);
            cell.setCellStyle(styles.header());
            // A header wraps at its blanks, so its longest word sets the column's least width: a "ja/nein" column
            // under "Fahrkosten erstattet" stays narrow, and the printed list stays readable.
            int longestWord = java.util.Arrays.stream(text.split(" ")).mapToInt(String::length).max().orElse(0);
            widths[i] = longestWord + 3;
            headerLines = Math.max(headerLines, Math.min(3, (text.length() + widths[i] - 1) / widths[i]));
        }
        if (headerLines > 1) {
            header.setHeightInPoints(headerLines * sheet.getDefaultRowHeightInPoints());
        }
    }

    public static TableSheet create(WorkbookStyles styles, String sheetName, List<String> headers) {
        return new TableSheet(styles.workbook().createSheet(sheetName), styles, headers);
    }

    /** Appends a row; values may be String, Number, LocalDate, Boolean or null. */
    public TableSheet row(Object... values) {
        return row(Arrays.asList(values));
    }

    public TableSheet row(List<?> values) {
        Row row = sheet.createRow(nextRow++);
        int lines = 1;
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            String shown = write(cell, value);
            if (i < widths.length) {
                widths[i] = Math.max(widths[i], Math.min(MAX_COLUMN_CHARS, shown.length() + 2));
            }
            lines = Math.max(lines, (shown.length() + WRAP_CHARS - 1) / WRAP_CHARS);
        }
        if (lines > 1) {
            // A text longer than the widest column wraps; no program grows the row for it on opening, so the row is
            // made as high as its lines (a text that long sets its column to the widest, which fixes the count).
            row.setHeightInPoints(Math.min(409, lines * sheet.getDefaultRowHeightInPoints()));
        }
        return this;
    }

    /** Characters of a wrapped line in the widest column: text is narrower than the digit that sets the width. */
    private static final int WRAP_CHARS = MAX_COLUMN_CHARS + 3;

    private String write(Cell cell, Object value) {
        if (value instanceof Integer || value instanceof Long) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(styles.integer());
            return value.toString();
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.decimal());
            return String.format("%.1f", number.doubleValue());
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date());
            return "00.00.0000";
        }
        if (value instanceof Boolean flag) {
            cell.setCellValue(flag ? "ja" : "nein");
            cell.setCellStyle(styles.text());
            return "nein";
        }
        String text = value.toString();
        SafeText.write(cell, text, styles);
        return text;
    }

    /**
     * What every printed page of this sheet names at its top, so that a page can be told from the next school's:
     * left, centre and right part of the page header (each may be empty).
     */
    public TableSheet printTitle(String left, String centre, String right) {
        Header header = sheet.getHeader();
        header.setLeft(headerText(left));
        header.setCenter(headerText(centre));
        header.setRight(headerText(right));
        return this;
    }

    /** Freezes and filters the header, fits column widths and sets up printing; call once at the end. */
    public Sheet finish() {
        sheet.createFreezePane(0, 1);
        if (widths.length > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, widths.length - 1));
        }
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        // Every list Schulplatz writes holds personal data or may: the mark goes on every printed page.
        Footer footer = sheet.getFooter();
        footer.setLeft(CONFIDENTIAL);
        footer.setRight("Seite &P von &N");
        return sheet;
    }

    /** The mark on every printed page. */
    public static final String CONFIDENTIAL = "Vertraulich – enthält personenbezogene Daten";

    /** A header part as Excel reads it: "&" starts a code, so a name's own "&" is doubled. */
    static String headerText(String text) {
        return text == null ? "" : text.replace("&", "&&");
    }

    public int dataRowCount() {
        return nextRow - 1;
    }
}
