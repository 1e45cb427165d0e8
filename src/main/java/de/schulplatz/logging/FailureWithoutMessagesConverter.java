package de.schulplatz.logging;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * Logback conversion word {@code %failureWithoutMessages} (logback-spring.xml): a logged exception as one
 * line, its chain of classes and where the innermost was thrown, never a message. Every logger goes
 * through it, Spring Batch's and the web server's too, so no exception message (a file name, a cell, a
 * database row) reaches the log, and a failed run does not print an 80-frame stack trace.
 */
public class FailureWithoutMessagesConverter extends ThrowableHandlingConverter {

    private static final int MAX_DEPTH = 10;

    /** The failure's class; for a cause already stripped of its message (Failures#scrubbed), the original's. */
    private static String className(IThrowableProxy failure) {
        return failure.getClassName().equals(Failures.MessageFree.class.getName()) ? failure.getMessage()
                : failure.getClassName();
    }

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy failure = event.getThrowableProxy();
        if (failure == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(" [");
        IThrowableProxy current = failure;
        IThrowableProxy innermost = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++, current = current.getCause()) {
            text.append(depth == 0 ? "" : " <- ").append(className(current));
            innermost = current;
        }
        StackTraceElementProxy[] frames = innermost.getStackTraceElementProxyArray();
        if (frames != null && frames.length > 0) {
            text.append(" at ").append(frames[0].getStackTraceElement());
        }
        return text.append(']').toString();
    }
}
