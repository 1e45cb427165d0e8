package de.schulplatz.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small input workbooks inside a test: sheets with a header and rows placed at chosen Excel row
 * numbers, values written as real cells (String, Number, LocalDate).
 */
public final class TestWorkbooks {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle dateStyle;

    public TestWorkbooks() {
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
    }

    public SheetBuilder sheet(String name, String... headers) {
        return new SheetBuilder(workbook.createSheet(name), Arrays.asList(headers));
    }

    /** The workbook itself, for cells the builder does not offer (formulas, merged cells, hidden rows). */
    public XSSFWorkbook workbook() {
        return workbook;
    }

    public Path writeTo(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
            workbook.close();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public final class SheetBuilder {
        private final Sheet sheet;
        private final List<String> headers;
        private int nextRow;

        SheetBuilder(Sheet sheet, List<String> headers) {
            this.sheet = sheet;
            this.headers = headers;
        }

        /** Puts the header at the given 1-based Excel row; rows above stay empty. */
        public SheetBuilder headerAtRow(int excelRow) {
            nextRow = excelRow - 1;
            return header();
        }

        public SheetBuilder header() {
            Row row = sheet.createRow(nextRow++);
            for (int i = 0; i < headers.size(); i++) {
                row.createCell(i).setCellValue(headers.get(i));
            }
            return this;
        }

        public SheetBuilder blankRow() {
            nextRow++;
            return this;
        }

        /** Values in header order; null leaves the cell empty. */
        public SheetBuilder row(Object... values) {
            Row row = sheet.createRow(nextRow++);
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                    cell.setCellStyle(dateStyle);
                } else {
                    cell.setCellValue(value.toString());
                }
            }
            return this;
        }

        /** The POI sheet, for cells the builder does not offer. */
        public Sheet sheet() {
            return sheet;
        }

        /** The 1-based Excel row number the next row will get. */
        public int nextExcelRow() {
            return nextRow + 1;
        }

        public TestWorkbooks done() {
            return TestWorkbooks.this;
        }
    }

    /** Rewrites one entry of a written xlsx (zip) file, e.g. to put XML into a sheet that POI would not write. */
    public static void rewriteEntry(Path file, String entryName, java.util.function.UnaryOperator<String> change) {
        try {
            Path copy = Files.createTempFile(file.getParent(), "rewrite", ".zip");
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile());
                    java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
                var entries = zip.entries();
                while (entries.hasMoreElements()) {
                    var entry = entries.nextElement();
                    byte[] bytes = zip.getInputStream(entry).readAllBytes();
                    if (entry.getName().equals(entryName)) {
                        bytes = change.apply(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    }
                    out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                    out.write(bytes);
                    out.closeEntry();
                }
            }
            Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the project's sample data into a folder, so tests never change the originals. */
    public static Path copySampleData(Path target) {
        try {
            Files.createDirectories(target);
            List<Path> files = new ArrayList<>();
            try (var stream = Files.list(Path.of("sample-data"))) {
                stream.filter(p -> p.toString().endsWith(".xlsx")).forEach(files::add);
            }
            for (Path file : files) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows below the header of a sheet as the texts a reader sees (POI's formatter), read-only. */
    public static java.util.List<String[]> sheetRows(Path file, String sheetName) throws Exception {
        org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        try (org.apache.poi.ss.usermodel.Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                file.toFile(), null, true)) {
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheet(sheetName)) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String[] values = new String[row.getLastCellNum()];
                for (int c = 0; c < values.length; c++) {
                    values[c] = formatter.formatCellValue(row.getCell(c));
                }
                rows.add(values);
            }
        }
        return rows;
    }
}
