package de.schulplatz.intake;

import java.util.List;

/** Rows read, imported and rejected over all sheets of one kind; read = imported + rejected. */
public record ImportSummary(int rowsRead, int rowsImported, int rowsRejected) {

    static ImportSummary of(List<? extends SheetImport<?>> sheets) {
        return new ImportSummary(sheets.stream().mapToInt(SheetImport::rowsRead).sum(),
                sheets.stream().mapToInt(sheet -> sheet.accepted().size()).sum(),
                sheets.stream().mapToInt(SheetImport::rowsRejected).sum());
    }
}
