package de.schulplatz.excel;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.DateUtil;
import java.util.Locale;

/**
 * Turns any cell into the text a user sees, independent of whether it was typed as number, date or text.
 * Every access to a cell goes through here and is guarded: whatever the workbook's reader cannot do with
 * one cell (a date format it cannot render, a number cell holding text, a missing shared text, a formula
 * without result) becomes an {@link UnreadableCellException} for that cell, never a failure of the file,
 * and never a message that quotes the cell.
 */
public final class CellTexts {

    static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** Shown instead of a character that cannot be stored or displayed (a lone surrogate, U+FFFF, …). */
    public static final String REPLACEMENT = "\uFFFD";

    private CellTexts() {
    }

    /**
     * The cell's text, cleaned of non-breaking and surrounding blanks, in Unicode NFC; null when the cell is
     * empty.
     *
     * @throws UnreadableCellException when the reader cannot give the cell's value
     */
    public static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = valueType(cell);
        String text = guarded(cell, () -> switch (type) {
            case STRING -> withoutTextMarker(cell.getStringCellValue());
            case NUMERIC -> isDate(cell) ? date(cell).format(GERMAN_DATE) : plainNumber(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "ja" : "nein";
            case ERROR -> "#FEHLER";
            default -> null;
        });
        return clean(text);
    }

    /** The text, or null when the cell is empty or unreadable: for blank checks, headers and quoting a value. */
    static String textOrNull(Cell cell) {
        try {
            return text(cell);
        } catch (UnreadableCellException e) {
            return null;
        }
    }

    /** True when the cell has content, readable or not. */
    static boolean hasContent(Cell cell) {
        try {
            return text(cell) != null;
        } catch (UnreadableCellException e) {
            return true;
        }
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
        return valueType(cell) == CellType.NUMERIC && isDate(cell) ? guarded(cell, () -> date(cell)) : null;
    }

    /** The number of a number cell (not a date), null for any other cell: counts are never re-read from text. */
    static Double numberValue(Cell cell) {
        if (cell == null) {
            return null;
        }
        return valueType(cell) == CellType.NUMERIC && !isDate(cell) ? guarded(cell, cell::getNumericCellValue) : null;
    }

    static boolean isError(Cell cell) {
        return cell != null && valueType(cell) == CellType.ERROR;
    }

    /**
     * The type of the value shown: for a formula, its cached result (we never evaluate formulas). The
     * streaming reader formats a number when asked for its type and fails for some formats LibreOffice
     * writes (e.g. the German long date {@code [$-407]dddd, d. mmmm yyyy}); the number itself is still there.
     */
    private static CellType valueType(Cell cell) {
        try {
            return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        } catch (RuntimeException typeUnknown) {
            guarded(cell, cell::getNumericCellValue);
            return CellType.NUMERIC;
        }
    }

    /** A date from the cell's number, also where the reader cannot render the cell's date format. */
    private static LocalDate date(Cell cell) {
        try {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        } catch (RuntimeException formatFailed) {
            boolean date1904 = cell.getSheet().getWorkbook() instanceof Date1904Support workbook && workbook.isDate1904();
            return DateUtil.getLocalDateTime(cell.getNumericCellValue(), date1904).toLocalDate();
        }
    }

    private static boolean isDate(Cell cell) {
        try {
            return DateUtil.isCellDateFormatted(cell);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private interface Read<T> {
        T value();
    }

    private static <T> T guarded(Cell cell, Read<T> read) {
        try {
            return read.value();
        } catch (RuntimeException e) {
            throw new UnreadableCellException(isFormula(cell));
        }
    }

    private static boolean isFormula(Cell cell) {
        try {
            return cell.getCellType() == CellType.FORMULA;
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

    /**
     * Removes what spreadsheets from other programs bring along: NBSP and narrow blanks, invisible
     * characters (soft hyphen, zero-width space, word joiner, byte order mark; joiners that shape Persian or
     * Indic script stay), blanks at the ends. Names stay as written otherwise, also decomposed ("u" plus a
     * combining mark, as macOS writes "ü"): comparisons go through {@link #matchKey}.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ')
                .replaceAll("[\u00AD\u200B\u2060\uFEFF\u180E]", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * A header, sheet name or coded value as it is compared: NFC, cleaned, every invisible formatting character gone,
     * blanks collapsed, case folded. "Schu\u0308ler", "SCHÜLER" and "Schü\u00ADler" all match "schüler".
     */
    public static String matchKey(String text) {
        String cleaned = clean(text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC));
        if (cleaned == null) {
            return "";
        }
        return cleaned.replaceAll("\\p{Cf}", "").replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN);
    }

    /**
     * Characters no list can show or PostgreSQL store: a lone half of a surrogate pair (an "_xD800_" escape
     * in the file) and the noncharacters U+FFFE, U+FFFF, U+FDD0-U+FDEF. Replaced by U+FFFD "�".
     */
    static String withVisibleReplacements(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(ch, text.charAt(i + 1));
                result.append(isNonCharacter(codePoint) ? REPLACEMENT : new String(Character.toChars(codePoint)));
                i++;
            } else if (Character.isSurrogate(ch) || isNonCharacter(ch)) {
                result.append(REPLACEMENT);
            } else {
                result.append(ch);
            }
        }
        return result.toString();
    }

    private static boolean isNonCharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /**
     * Control characters (other than tab and line breaks) have no place in a name or address, and
     * PostgreSQL refuses NUL in text: such a cell is rejected instead of failing the whole import.
     */
    static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\t' && ch != '\n' && ch != '\r');
    }
}
