package de.schulplatz.excel;

import de.schulplatz.logging.Failures;
import java.nio.file.Path;

/**
 * A file that cannot be read as an xlsx workbook at all; the message is German and names the file. The
 * cause keeps its classes and stack frames but not its messages ({@link Failures#scrubbed}): a reader's
 * message may quote the file's content, e.g. the table of shared texts with every child's name.
 */
public class UnreadableWorkbookException extends RuntimeException {

    private final transient Path file;

    public UnreadableWorkbookException(Path file, String reason, Throwable cause) {
        super("Datei " + file.getFileName() + " kann nicht gelesen werden: " + reason, Failures.scrubbed(cause));
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
