package de.schulplatz.export;

import de.schulplatz.excel.TableSheet;
import de.schulplatz.excel.WorkbookStyles;
import de.schulplatz.intake.ImportProblem;
import de.schulplatz.intake.ImportRepository.SheetCount;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code Fehlerbericht.xlsx}: per input sheet the rows read, imported, rejected and superseded, and every rejected row
 * or remark with file, sheet, Excel row, column, value and reason.
 */
final class ErrorReportWriter {

    static final String FILE_NAME = "Fehlerbericht.xlsx";
    static final String COUNTS_SHEET = "Zusammenfassung";
    static final String PROBLEMS_SHEET = "Fehler und Hinweise";
    static final List<String> COUNT_HEADERS = List.of("Datei", "Tabelle", "Zeilen gelesen", "importiert",
            "abgelehnt", "ersetzt durch neuere Datei");
    static final List<String> PROBLEM_HEADERS = List.of("Art", "Datei", "Tabelle", "Zeile", "Spalte", "Wert",
            "Grund");

    private ErrorReportWriter() {
    }

    static void write(RunData data, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(500);
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            TableSheet counts = TableSheet.create(styles, COUNTS_SHEET, COUNT_HEADERS);
            int read = 0;
            int imported = 0;
            int rejected = 0;
            int superseded = 0;
            for (SheetCount count : data.sheetCounts()) {
                counts.row(count.fileName(), count.sheet(), count.rowsRead(), count.rowsImported(), count.rowsRejected(),
                        count.rowsSuperseded());
                read += count.rowsRead();
                imported += count.rowsImported();
                rejected += count.rowsRejected();
                superseded += count.rowsSuperseded();
            }
            counts.row("Summe", "", read, imported, rejected, superseded);
            counts.finish();

            TableSheet problems = TableSheet.create(styles, PROBLEMS_SHEET, PROBLEM_HEADERS);
            for (ImportProblem problem : data.problems()) {
                problems.row(problem.severity() == ImportProblem.Severity.FEHLER ? "Fehler"
                                : "Hinweis", problem.fileName(), problem.sheet(), problem.rowNumber(),
                        problem.column(), problem.value(), problem.reason());
            }
            problems.finish();
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
