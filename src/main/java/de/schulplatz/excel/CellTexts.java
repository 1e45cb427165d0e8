package de.schulplatz.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/** Turns any cell into the text a user sees, independent of whether it was typed as number, date or text. */
public final class CellTexts {

    static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private CellTexts() {
    }

    /** The cell's text, cleaned of non-breaking and surrounding blanks; null when the cell is empty. */
    public static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> isDate(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().format(GERMAN_DATE)
                    : plainNumber(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "ja" : "nein";
            case ERROR -> "#FEHLER";
            default -> null;
        };
        return clean(text);
    }

    /** A real date cell (a number with a date format), as opposed to a date typed as text. */
    static LocalDate dateValue(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC && isDate(cell) ? cell.getLocalDateTimeCellValue().toLocalDate() : null;
    }

    static boolean isError(Cell cell) {
        if (cell == null) {
            return false;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.ERROR;
    }

    private static boolean isDate(Cell cell) {
        try {
            return DateUtil.isCellDateFormatted(cell);
        } catch (RuntimeException e) {
            return false;
        }
    }

    static String plainNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Removes what spreadsheets from other programs bring along: NBSP, zero-width characters, blanks. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ')
                .replace("\u200B", "").replace("\uFEFF", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
