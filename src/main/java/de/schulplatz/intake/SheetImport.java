package de.schulplatz.intake;

import java.util.List;

/**
 * What one sheet of one file yielded. Blank rows are not counted; every other data row is either in
 * {@code accepted} or counted in {@code rowsRejected}, so rowsRead = accepted + rejected always holds.
 */
record SheetImport<T>(String fileName, String sheet, SheetKind kind, int rowsRead, List<T> accepted,
        int rowsRejected, List<ImportProblem> problems) {

    SheetImport {
        if (rowsRead != accepted.size() + rowsRejected) {
            throw new IllegalStateException("row accounting broken for " + fileName + "/" + sheet);
        }
    }
}
