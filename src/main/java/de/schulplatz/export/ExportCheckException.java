package de.schulplatz.export;

/**
 * The lists of a run would not deliver its plan (a pupil missing or twice, two authorities on one file):
 * the export stops before writing anything, so nothing is published. The message is German and names
 * authorities and case numbers only.
 */
public class ExportCheckException extends IllegalStateException {

    ExportCheckException(String reason) {
        super("Listen nicht veröffentlicht: " + reason);
    }
}
