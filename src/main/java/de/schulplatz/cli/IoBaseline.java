package de.schulplatz.cli;

import de.schulplatz.excel.WorkbookFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * What POI alone needs for the run's Excel work, as the benchmark's yardstick for import and export: every
 * cell of the input workbooks stream-read and formatted as text (the same streaming reader the import uses,
 * nothing else), and every cell of the written workbooks written again with SXSSF (values only: no styles,
 * no checks, no database).
 */
final class IoBaseline {

    record Times(double readSeconds, long cellsRead, double writeSeconds, long cellsWritten) {
    }

    private IoBaseline() {
    }

    static Times measure(Path inputFolder, Path outputFolder) throws IOException {
        long start = System.nanoTime();
        long read = 0;
        DataFormatter formatter = new DataFormatter();
        for (Path file : workbooks(inputFolder)) {
            try (Workbook workbook = WorkbookFiles.openStreaming(file)) {
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            formatter.formatCellValue(cell);
                            read++;
                        }
                    }
                }
            }
        }
        double readSeconds = (System.nanoTime() - start) / 1e9;

        // The cells of the written workbooks, read first (not measured), then written once more.
        List<List<List<Object>>> books = new ArrayList<>();
        for (Path file : workbooks(outputFolder)) {
            try (Workbook workbook = WorkbookFiles.openStreaming(file)) {
                for (Sheet sheet : workbook) {
                    List<List<Object>> rows = new ArrayList<>();
                    for (Row row : sheet) {
                        List<Object> cells = new ArrayList<>();
                        for (Cell cell : row) {
                            cells.add(cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                                    : formatter.formatCellValue(cell));
                        }
                        rows.add(cells);
                    }
                    books.add(rows);
                }
            }
        }
        Path scratch = Files.createTempFile("schulplatz-io-baseline", ".xlsx");
        long written = 0;
        start = System.nanoTime();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(scratch)) {
            int n = 0;
            for (List<List<Object>> rows : books) {
                Sheet sheet = workbook.createSheet("T" + n++);
                int r = 0;
                for (List<Object> cells : rows) {
                    Row row = sheet.createRow(r++);
                    int c = 0;
                    for (Object value : cells) {
                        Cell cell = row.createCell(c++);
                        if (value instanceof Double number) {
                            cell.setCellValue(number);
                        } else {
                            cell.setCellValue((String) value);
                        }
                        written++;
                    }
                }
            }
            workbook.write(out);
        } finally {
            Files.deleteIfExists(scratch);
        }
        return new Times(readSeconds, read, (System.nanoTime() - start) / 1e9, written);
    }

    private static List<Path> workbooks(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).sorted().toList();
        }
    }
}
