package de.schulplatz.samples;

import de.schulplatz.excel.ColumnSpec;
import de.schulplatz.excel.TableSheet;
import de.schulplatz.excel.WorkbookStyles;
import de.schulplatz.intake.SheetKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook of input sheets whose headers are the import's own column definitions, so that what the
 * samples write is what the import reads. It streams, because the state-wide sizes have over 100,000
 * pupils.
 */
final class SampleWorkbook implements AutoCloseable {

    /** Rows a sheet keeps in memory before it flushes them to a temporary file. */
    private static final int ROWS_IN_MEMORY = 500;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final WorkbookStyles styles = new WorkbookStyles(workbook);

    /** A new sheet of this kind; sheets appear in the order they are added. */
    <C extends Enum<C> & ColumnSpec> ColumnSheet<C> sheet(SheetKind kind, Class<C> columnType) {
        C[] columns = columnType.getEnumConstants();
        List<String> headers = Arrays.stream(columns).map(ColumnSpec::header).toList();
        return new ColumnSheet<>(TableSheet.create(styles, kind.sheetName(), headers), columns);
    }

    /** Writes the workbook and removes the temporary files of its streamed rows. */
    void save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.dispose();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** A sheet whose rows are given column by column; a column left out stays empty. */
    static final class ColumnSheet<C extends Enum<C> & ColumnSpec> {

        private final TableSheet table;
        private final C[] columns;

        private ColumnSheet(TableSheet table, C[] columns) {
            this.table = table;
            this.columns = columns;
        }

        void row(Map<C, Object> values) {
            List<Object> row = new ArrayList<>();
            for (C column : columns) {
                row.add(values.get(column));
            }
            table.row(row);
        }

        void finish() {
            table.finish();
        }
    }
}
