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
        String text = switch (valueType(cell)) {
            case STRING -> withoutTextMarker(cell.getStringCellValue());
            case NUMERIC -> isDate(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().format(GERMAN_DATE)
                    : plainNumber(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "ja" : "nein";
            case ERROR -> "#FEHLER";
            default -> null;
        };
        return clean(text);
    }

    /**
     * Excel keeps a typed leading apostrophe as a cell style, not as text; files from other programs
     * sometimes keep it as the first character ("'012345"). It is a text marker, never part of a name.
     */
    static String withoutTextMarker(String text) {
        if (text != null && text.startsWith("'")) {
            return text.substring(1);
        }
        return text;
    }

    /** A real date cell (a number with a date format), as opposed to a date typed as text. */
    static LocalDate dateValue(Cell cell) {
        if (cell == null) {
            return null;
        }
        return valueType(cell) == CellType.NUMERIC && isDate(cell) ? cell.getLocalDateTimeCellValue().toLocalDate() : null;
    }

    static boolean isError(Cell cell) {
        return cell != null && valueType(cell) == CellType.ERROR;
    }

    /** The type of the value shown: for a formula, its cached result (we never evaluate formulas). */
    private static CellType valueType(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
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

    /**
     * Control characters (other than tab and line breaks) have no place in a name or address, and
     * PostgreSQL refuses NUL in text: such a cell is rejected instead of failing the whole import.
     */
    static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\t' && ch != '\n' && ch != '\r');
    }
}
