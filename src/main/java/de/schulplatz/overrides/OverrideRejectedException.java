package de.schulplatz.overrides;

/** An override that cannot hold; the message says why, in German, for the adviser. */
public class OverrideRejectedException extends RuntimeException {

    public OverrideRejectedException(String message) {
        super(message);
    }
}
