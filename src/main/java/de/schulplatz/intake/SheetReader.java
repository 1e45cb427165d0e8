package de.schulplatz.intake;

import de.schulplatz.excel.ColumnSpec;
import de.schulplatz.excel.DataRow;
import de.schulplatz.excel.HeaderRow;
import de.schulplatz.excel.RowProblem;
import de.schulplatz.intake.ImportProblem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads one input sheet row by row: the first non-blank row is the header, every later non-blank row is
 * parsed and either accepted or rejected with all its problems.
 */
final class SheetReader {

    /** Turns one data row into a value; notes problems on the row and remarks in {@code hints}. */
    interface RowParser<T> {
        T parse(DataRow row, List<RowProblem> hints);
    }

    private SheetReader() {
    }

    /**
     * The sheet's rows parsed as far as each row decides by itself; the parser's valid values are drafts
     * that {@link SheetRows#settle} completes.
     */
    static <D> SheetRows<D> read(String fileName, Sheet sheet, SheetKind kind, List<? extends ColumnSpec> columns,
            RowParser<D> parser) {
        SheetRows<D> rows = new SheetRows<>(fileName, sheet.getSheetName(), kind);
        String sheetName = sheet.getSheetName();
        HeaderRow header = null;
        for (Row row : sheet) {
            if (header == null) {
                if (DataRow.isBlank(row)) {
                    continue;
                }
                header = HeaderRow.of(row, columns);
                headerRemarks(fileName, sheetName, header, kind).forEach(rows::note);
                continue;
            }
            DataRow dataRow = new DataRow(row, header);
            if (dataRow.isBlank()) {
                continue;
            }
            if (!header.missingRequired().isEmpty()) {
                rows.rejected(dataRow.rowNumber(), List.of(new RowProblem(missingColumns(header), "",
                        "Pflichtspalte fehlt in der Kopfzeile (Zeile " + header.rowNumber()
                                + "); Zeile nicht importiert")));
                continue;
            }
            List<RowProblem> hints = new ArrayList<>(dataRow.externalFormulaRemarks());
            if (dataRow.isHidden()) {
                hints.add(new RowProblem("", "", "ausgeblendete Zeile; sie wird trotzdem importiert"));
            }
            D value = parser.parse(dataRow, hints);
            int lateHintsAt = hints.size();
            hints.addAll(dataRow.remarks());
            if (!dataRow.hasProblems() && dataRow.superseded().isPresent()) {
                rows.superseded(dataRow.rowNumber(), dataRow.superseded().get());
            } else if (dataRow.hasProblems() || value == null) {
                rows.rejected(dataRow.rowNumber(), dataRow.problems());
            } else {
                rows.draft(dataRow.rowNumber(), value, hints, lateHintsAt);
            }
        }
        mergedCellsRemark(fileName, sheet).ifPresent(rows::note);
        if (header == null) {
            rows.note(new ImportProblem(Severity.HINWEIS, fileName, sheetName, null, "", "", "Tabelle ist leer"));
        }
        return rows;
    }

    /** Known only after the last row: a streaming sheet lists its merged cells at its end. */
    private static Optional<ImportProblem> mergedCellsRemark(String fileName, Sheet sheet) {
        List<CellRangeAddress> merged;
        try {
            merged = sheet.getMergedRegions();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (merged == null || merged.isEmpty()) {
            return Optional.empty();
        }
        String ranges = merged.stream().limit(10).map(CellRangeAddress::formatAsString)
                .collect(Collectors.joining(", ")) + (merged.size() > 10 ? ", …" : "");
        return Optional.of(new ImportProblem(Severity.HINWEIS, fileName, sheet.getSheetName(), null, "", ranges,
                "verbundene Zellen: der Wert steht nur in der ersten Zelle eines Verbunds, die übrigen gelten als leer"));
    }

    private static List<ImportProblem> headerRemarks(String fileName, String sheet, HeaderRow header, SheetKind kind) {
        List<ImportProblem> remarks = new ArrayList<>();
        for (String unknown : kind.quietAboutOtherColumns() ? List.<String>of() : header.unknownHeaders()) {
            remarks.add(new ImportProblem(Severity.HINWEIS, fileName, sheet, header.rowNumber(), unknown, "",
                    "unbekannte Spalte wird ignoriert"));
        }
        for (String duplicate : header.duplicateHeaders()) {
            remarks.add(new ImportProblem(Severity.HINWEIS, fileName, sheet, header.rowNumber(), duplicate, "",
                    "Spalte kommt doppelt vor; die erste (linke) wird verwendet"));
        }
        if (!header.missingRequired().isEmpty()) {
            remarks.add(new ImportProblem(Severity.FEHLER, fileName, sheet, header.rowNumber(),
                    missingColumns(header), "", "Pflichtspalte fehlt; keine Zeile dieser Tabelle wird importiert"));
        }
        return remarks;
    }

    private static String missingColumns(HeaderRow header) {
        return header.missingRequired().stream().map(ColumnSpec::header).collect(Collectors.joining(", "));
    }
}
