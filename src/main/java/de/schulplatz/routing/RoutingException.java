package de.schulplatz.routing;

/** The foot network cannot be built or read; the message is German and names no personal data. */
public class RoutingException extends RuntimeException {

    RoutingException(String message, Throwable cause) {
        super(message, cause);
    }
}
