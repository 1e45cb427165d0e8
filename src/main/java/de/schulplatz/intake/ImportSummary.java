package de.schulplatz.intake;

import java.util.List;

/**
 * Rows read, imported, rejected and superseded (replaced by a newer version in a file received later) over
 * all sheets of one kind; read = imported + rejected + superseded.
 */
public record ImportSummary(int rowsRead, int rowsImported, int rowsRejected, int rowsSuperseded) {

    static ImportSummary of(List<? extends SheetImport<?>> sheets) {
        return new ImportSummary(sheets.stream().mapToInt(SheetImport::rowsRead).sum(),
                sheets.stream().mapToInt(sheet -> sheet.accepted().size()).sum(),
                sheets.stream().mapToInt(SheetImport::rowsRejected).sum(),
                sheets.stream().mapToInt(SheetImport::rowsSuperseded).sum());
    }
}
