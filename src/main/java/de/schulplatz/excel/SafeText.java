package de.schulplatz.excel;

import org.apache.poi.ss.usermodel.Cell;

/**
 * Writes text from the input so that no spreadsheet program evaluates it (CSV/formula injection): it is
 * always a string cell, and text starting with a formula character additionally gets the quote-prefix
 * style, so that editing the cell in Excel or LibreOffice keeps it text.
 */
public final class SafeText {

    private SafeText() {
    }

    public static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The most characters Excel allows in a cell. */
    public static final int MAX_CELL_CHARS = 32_767;
    static final String TRUNCATED = " […gekürzt]";

    /** The text as it fits into one cell: longer text is cut and marked, so writing never fails. */
    public static String fitting(String text) {
        if (text.length() <= MAX_CELL_CHARS) {
            return text;
        }
        int end = MAX_CELL_CHARS - TRUNCATED.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + TRUNCATED;
    }

    static void write(Cell cell, String text, WorkbookStyles styles) {
        cell.setCellValue(fitting(text));
        cell.setCellStyle(looksLikeFormula(text) ? styles.quotedText() : styles.text());
    }
}
