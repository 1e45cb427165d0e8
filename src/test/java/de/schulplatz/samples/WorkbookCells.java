package de.schulplatz.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * What a workbook holds, sheet by sheet and cell by cell, as text that also records the cell's type and
 * number format: two workbooks with equal cells but different file bytes (timestamps, string tables)
 * compare equal, a date written as text or a number written as text does not.
 */
final class WorkbookCells {

    private WorkbookCells() {
    }

    static Map<String, List<List<String>>> of(Path file) throws IOException {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    cells.add("row " + row.getRowNum());
                    for (Cell cell : row) {
                        cells.add(cell.getColumnIndex() + ":" + describe(cell));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }

    private static String describe(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> "text " + cell.getStringCellValue();
            case NUMERIC -> "number " + cell.getNumericCellValue() + " as " + cell.getCellStyle().getDataFormatString();
            case BOOLEAN -> "boolean " + cell.getBooleanCellValue();
            case FORMULA -> "formula " + cell.getCellFormula();
            default -> cell.getCellType().name();
        };
    }
}
