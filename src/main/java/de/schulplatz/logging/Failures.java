package de.schulplatz.logging;

/**
 * How a failure appears in a log line: the chain of exception classes and where the innermost was thrown,
 * never a message. Messages can carry what must not be logged: a file name that names a child
 * ("Anmeldung_Mustermann.xlsx"), a cell's content quoted by a parser, a row quoted by the database
 * driver. The user sees the German message where it belongs (the run's status, the Fehlerbericht).
 */
public final class Failures {

    private static final int MAX_DEPTH = 10;

    private Failures() {
    }

    /** E.g. "de.schulplatz.excel.UnreadableWorkbookException <- java.util.zip.ZipException at ...". */
    public static String withoutMessages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        Throwable current = failure;
        Throwable innermost = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++, current = current.getCause()) {
            text.append(depth == 0 ? "" : " <- ").append(current.getClass().getName());
            innermost = current;
        }
        StackTraceElement[] frames = innermost.getStackTrace();
        if (frames.length > 0) {
            text.append(" at ").append(frames[0]);
        }
        return text.toString();
    }
}
