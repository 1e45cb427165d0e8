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

    /**
     * The same chain of exceptions with the same stack frames, but each message replaced by its class name:
     * the cause to keep in an exception whose stack trace is printed or stored (Spring Batch writes it into
     * the run's exit message in the database), so that a reader's message quoting a cell never goes along.
     */
    public static Throwable scrubbed(Throwable failure) {
        if (failure == null) {
            return null;
        }
        Throwable copy = new MessageFree(failure.getClass().getName(), scrubbed(failure.getCause() == failure ? null
                : failure.getCause()));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** Stands in for a failure whose message may carry data; named after the failure's class. */
    static final class MessageFree extends RuntimeException {
        MessageFree(String className, Throwable cause) {
            super(className, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    /** E.g. "de.schulplatz.excel.UnreadableWorkbookException <- java.util.zip.ZipException at ...". */
    public static String withoutMessages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        Throwable current = failure;
        Throwable innermost = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++, current = current.getCause()) {
            text.append(depth == 0 ? "" : " <- ")
                    .append(current instanceof MessageFree ? current.getMessage() : current.getClass().getName());
            innermost = current;
        }
        StackTraceElement[] frames = innermost.getStackTrace();
        if (frames.length > 0) {
            text.append(" at ").append(frames[0]);
        }
        return text.toString();
    }
}
