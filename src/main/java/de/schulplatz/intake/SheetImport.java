package de.schulplatz.intake;

import java.util.List;

/**
 * What one sheet of one file yielded. Blank rows are not counted; every other data row is in
 * {@code accepted}, counted in {@code rowsRejected} (an error), or counted in {@code rowsSuperseded} (valid,
 * but replaced by a newer version of the same record in a file received later, with a remark), so
 * rowsRead = accepted + rejected + superseded always holds.
 */
record SheetImport<T>(String fileName, String sheet, SheetKind kind, int rowsRead, List<T> accepted,
        int rowsRejected, int rowsSuperseded, List<ImportProblem> problems) {

    SheetImport {
        if (rowsRead != accepted.size() + rowsRejected + rowsSuperseded) {
            throw new IllegalStateException("row accounting broken for " + fileName + "/" + sheet);
        }
    }
}
