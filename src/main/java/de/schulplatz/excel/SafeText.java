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

    static void write(Cell cell, String text, WorkbookStyles styles) {
        cell.setCellValue(text);
        cell.setCellStyle(looksLikeFormula(text) ? styles.quotedText() : styles.text());
    }
}
