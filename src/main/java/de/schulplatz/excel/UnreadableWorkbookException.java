package de.schulplatz.excel;

import java.nio.file.Path;

/** A file that cannot be read as an xlsx workbook at all; the message is German and names the file. */
public class UnreadableWorkbookException extends RuntimeException {

    private final transient Path file;

    public UnreadableWorkbookException(Path file, String reason, Throwable cause) {
        super("Datei " + file.getFileName() + " kann nicht gelesen werden: " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
