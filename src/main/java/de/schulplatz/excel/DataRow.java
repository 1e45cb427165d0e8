package de.schulplatz.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import java.util.Optional;

/**
 * One data row of an input sheet. The typed getters return null for an empty or unusable cell and note
 * a {@link RowProblem} for the latter, so a reader can check every column of a row and report all of its
 * problems at once instead of stopping at the first.
 */
public final class DataRow {

    private static final List<DateTimeFormatter> TEXT_DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));

    /** A workbook in brackets before a sheet reference: [1]Tabelle1!A1, '[Andere.xlsx]Tabelle 1'!A1, 'C:\\x\\[a.xlsx]T'!A1. */
    private static final Pattern EXTERNAL_REFERENCE = Pattern.compile("\\[[^\\[\\]]+\\][^\\[\\]!(),;]*!");

    private final Row row;
    private final HeaderRow header;
    private final List<RowProblem> problems = new ArrayList<>();
    private final Set<ColumnSpec> unreadable = new HashSet<>();
    private RowProblem supersededBy;
    private final List<RowProblem> remarks = new ArrayList<>();
    private final Set<ColumnSpec> replaced = new HashSet<>();

    public DataRow(Row row, HeaderRow header) {
        this.row = row;
        this.header = header;
    }

    /** Excel row number as the user sees it (1-based). */
    public int rowNumber() {
        return row.getRowNum() + 1;
    }

    public boolean isBlank() {
        return isBlank(row);
    }

    /** True when no cell of the row shows any text (formatted but empty rows count as blank). */
    public static boolean isBlank(Row row) {
        for (Cell cell : row) {
            if (CellTexts.hasContent(cell)) {
                return false;
            }
        }
        return true;
    }

    /** True when the row is hidden in Excel (height zero). */
    public boolean isHidden() {
        try {
            return row.getZeroHeight();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Remarks on formulas in known columns that take their value from another workbook
     * (e.g. {@code '[Andere.xlsx]Tabelle1'!A1} or {@code [1]Tabelle1!A1}): the cached value is used, but
     * it may be out of date.
     */
    public List<RowProblem> externalFormulaRemarks() {
        List<RowProblem> remarks = new ArrayList<>();
        for (Cell cell : row) {
            String formula;
            try {
                if (cell.getCellType() != CellType.FORMULA) {
                    continue;
                }
                formula = cell.getCellFormula();
            } catch (RuntimeException e) {
                continue;
            }
            ColumnSpec column = header.columnAt(cell.getColumnIndex());
            if (column != null && formula != null && EXTERNAL_REFERENCE.matcher(formula).find()) {
                remarks.add(new RowProblem(column.header(), orEmpty(CellTexts.textOrNull(cell)),
                        "Formel verweist auf eine andere Datei (=" + formula + "); verwendet wird der zuletzt "
                                + "berechnete Wert, bitte prüfen"));
            }
        }
        return remarks;
    }

    public List<RowProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void problem(ColumnSpec column, String reason) {
        problems.add(new RowProblem(column.header(), shownValue(column), reason));
    }

    /**
     * The cell as a problem shows it (empty when blank): for problems found after the row was read, by a
     * rule that needs other rows or sheets.
     */
    public String shownValue(ColumnSpec column) {
        return orEmpty(CellTexts.textOrNull(cell(column)));
    }

    /** Remarks on cells the row was read with (e.g. a character replaced); the row is still imported. */
    public List<RowProblem> remarks() {
        return List.copyOf(remarks);
    }

    /**
     * The row is valid, but a newer version of the same record (e.g. the same Fallnummer in a file received
     * later) replaces it: it is not imported, and the reason is a remark, not an error.
     */
    public void supersede(ColumnSpec column, String reason) {
        supersededBy = new RowProblem(column.header(), shownValue(column), reason);
    }

    /** Why the row is replaced by a newer one, if it is. */
    public Optional<RowProblem> superseded() {
        return Optional.ofNullable(supersededBy);
    }

    /**
     * Trimmed text of the cell, null when empty. A cell showing a formula error (#DIV/0!, #NV, ...) or
     * holding control characters is unusable: it gives null and a problem, noted once per column.
     */
    public String text(ColumnSpec column) {
        Cell cell = cell(column);
        String text;
        try {
            if (CellTexts.isError(cell)) {
                unusable(column, "#FEHLER", "Zelle enthält einen Fehlerwert");
                return null;
            }
            text = CellTexts.text(cell);
        } catch (UnreadableCellException e) {
            unusable(column, "", e.reason());
            return null;
        }
        if (text != null && CellTexts.hasControlCharacters(text)) {
            unusable(column, "", "Zelle enthält unzulässige Steuerzeichen");
            return null;
        }
        if (text != null) {
            String visible = CellTexts.withVisibleReplacements(text);
            if (!visible.equals(text)) {
                if (replaced.add(column)) {
                    remarks.add(new RowProblem(column.header(), visible, "ein Zeichen, das sich nicht speichern und "
                            + "anzeigen lässt (z. B. ein halbes Schriftzeichen), ist durch „" + CellTexts.REPLACEMENT
                            + "“ ersetzt; bitte prüfen"));
                }
                return visible;
            }
        }
        return text;
    }

    private void unusable(ColumnSpec column, String value, String reason) {
        if (unreadable.add(column)) {
            problems.add(new RowProblem(column.header(), value, reason));
        }
    }

    /** Text of a required column: notes a problem when empty. */
    public String requiredText(ColumnSpec column) {
        String text = text(column);
        if (text == null && !unreadable.contains(column)) {
            problems.add(new RowProblem(column.header(), "", "Pflichtangabe fehlt"));
        }
        return text;
    }

    public LocalDate date(ColumnSpec column) {
        Cell cell = cell(column);
        LocalDate real;
        try {
            real = CellTexts.dateValue(cell);
        } catch (UnreadableCellException e) {
            unusable(column, "", e.reason());
            return null;
        }
        if (real != null) {
            return real;
        }
        String text = text(column);
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : TEXT_DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next accepted format
            }
        }
        problem(column, "kein gültiges Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT)");
        return null;
    }

    public LocalDate requiredDate(ColumnSpec column) {
        if (text(column) == null) {
            requiredText(column);
            return null;
        }
        return date(column);
    }

    /**
     * A whole number: a number cell is taken as its value (2.125 stays two and an eighth, and is refused),
     * never re-read through its text; a text cell as Germans type counts ("1.000" is one thousand).
     */
    public Integer integer(ColumnSpec column) {
        Double number = number(column);
        if (number != null) {
            if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
                problem(column, "keine ganze Zahl");
                return null;
            }
            return (int) Math.round(number);
        }
        if (unreadable.contains(column)) {
            return null;
        }
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return wholeNumber(text).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problem(column, "keine ganze Zahl");
            return null;
        }
    }

    public Double decimal(ColumnSpec column) {
        Double number = number(column);
        if (number != null || unreadable.contains(column)) {
            return number;
        }
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(" ", "").replace(',', '.')).doubleValue();
        } catch (NumberFormatException e) {
            problem(column, "keine Zahl");
            return null;
        }
    }

    /**
     * A count as Germans type it: "1.000" is one thousand. Only for whole numbers: in a decimal column
     * "51.950" is a coordinate, not fifty thousand.
     */
    private static BigDecimal wholeNumber(String text) {
        String value = text.replace(" ", "");
        if (value.matches("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            value = value.replace(".", "");
        }
        return new BigDecimal(value.replace(',', '.'));
    }

    /** ja/nein (also j/n, x, wahr/falsch, 1/0); null when empty. */
    public Boolean yesNo(ColumnSpec column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        return switch (CellTexts.matchKey(text)) {
            case "ja", "j", "x", "wahr", "true", "1" -> Boolean.TRUE;
            case "nein", "n", "falsch", "false", "0" -> Boolean.FALSE;
            default -> {
                problem(column, "erwartet ja oder nein");
                yield null;
            }
        };
    }

    /** The value of a number cell, null for any other cell (or an unreadable one, then with a problem). */
    private Double number(ColumnSpec column) {
        try {
            return CellTexts.numberValue(cell(column));
        } catch (UnreadableCellException e) {
            unusable(column, "", e.reason());
            return null;
        }
    }

    private Cell cell(ColumnSpec column) {
        Integer index = header.indexOf(column);
        return index == null ? null : row.getCell(index);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
