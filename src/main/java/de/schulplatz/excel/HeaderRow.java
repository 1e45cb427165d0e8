package de.schulplatz.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/**
 * Where each known column sits in a sheet. Headers are matched ignoring case, surrounding and repeated
 * blanks and a trailing "*" (the template marks required columns with it), so columns may come in any
 * order and extra columns do no harm.
 */
public final class HeaderRow {

    private final int rowNumber;
    private final Map<ColumnSpec, Integer> columnIndex;
    private final List<ColumnSpec> missingRequired;
    private final List<String> unknownHeaders;
    private final List<String> duplicateHeaders;

    private HeaderRow(int rowNumber, Map<ColumnSpec, Integer> columnIndex, List<ColumnSpec> missingRequired,
            List<String> unknownHeaders, List<String> duplicateHeaders) {
        this.rowNumber = rowNumber;
        this.columnIndex = columnIndex;
        this.missingRequired = missingRequired;
        this.unknownHeaders = unknownHeaders;
        this.duplicateHeaders = duplicateHeaders;
    }

    public static HeaderRow of(Row row, List<? extends ColumnSpec> columns) {
        Map<String, ColumnSpec> byName = new HashMap<>();
        for (ColumnSpec column : columns) {
            byName.put(normalise(column.header()), column);
            column.aliases().forEach(alias -> byName.put(normalise(alias), column));
        }
        Map<ColumnSpec, Integer> index = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (Cell cell : row) {
            String header = CellTexts.textOrNull(cell);
            if (header == null) {
                continue;
            }
            ColumnSpec column = byName.get(normalise(header));
            if (column == null) {
                unknown.add(header);
            } else if (index.containsKey(column)) {
                duplicates.add(header);
            } else {
                index.put(column, cell.getColumnIndex());
            }
        }
        List<ColumnSpec> missing = columns.stream()
                .filter(column -> column.required() && !index.containsKey(column))
                .map(ColumnSpec.class::cast)
                .toList();
        return new HeaderRow(row.getRowNum() + 1, index, missing, unknown, duplicates);
    }

    /** As headers are compared: {@link CellTexts#matchKey}, without the template's "*" for required columns. */
    static String normalise(String header) {
        return CellTexts.matchKey(header).replaceAll("\\s*\\*$", "");
    }

    /** Excel row number (1-based) of the header. */
    public int rowNumber() {
        return rowNumber;
    }

    public boolean has(ColumnSpec column) {
        return columnIndex.containsKey(column);
    }

    /** The known column at a 0-based cell index, or null for an unknown or duplicated column. */
    public ColumnSpec columnAt(int cellIndex) {
        for (Map.Entry<ColumnSpec, Integer> entry : columnIndex.entrySet()) {
            if (entry.getValue() == cellIndex) {
                return entry.getKey();
            }
        }
        return null;
    }

    Integer indexOf(ColumnSpec column) {
        return columnIndex.get(column);
    }

    public List<ColumnSpec> missingRequired() {
        return missingRequired;
    }

    public List<String> unknownHeaders() {
        return unknownHeaders;
    }

    public List<String> duplicateHeaders() {
        return duplicateHeaders;
    }
}
