package de.schulplatz.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * Access denied by the data a user may see, not by its role (e.g. a Schulamt asking for the list of the
 * Bezirksregierung). The German message is shown to the user; it must not contain names of children.
 */
public class ScopeDeniedException extends AccessDeniedException {

    public ScopeDeniedException(String message) {
        super(message);
    }
}
