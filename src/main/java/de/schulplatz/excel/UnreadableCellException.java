package de.schulplatz.excel;

/**
 * One cell the workbook's reader cannot give a value for: a number cell that holds text, a reference to a
 * shared text that does not exist, a formula saved without its result. The row is rejected with
 * {@link #reason()}; the cell's content never appears in the message (it may be a child's name).
 */
public class UnreadableCellException extends RuntimeException {

    private final boolean formulaWithoutResult;

    UnreadableCellException(boolean formulaWithoutResult) {
        super(formulaWithoutResult ? "formula without a cached result" : "unreadable cell", null, false, false);
        this.formulaWithoutResult = formulaWithoutResult;
    }

    /** The German reason for the Fehlerbericht. */
    public String reason() {
        return formulaWithoutResult
                ? "Formel ohne gespeichertes Ergebnis (das Programm, das die Datei schrieb, z. B. openpyxl oder "
                        + "pandas, berechnet keine Formeln); bitte die Datei in Excel oder LibreOffice öffnen und speichern"
                : "Zelle lässt sich nicht lesen (z. B. als Zahl gespeichert, aber Text, oder ein Verweis auf einen "
                        + "fehlenden Text); bitte die Zelle in Excel prüfen und die Datei neu speichern";
    }
}
