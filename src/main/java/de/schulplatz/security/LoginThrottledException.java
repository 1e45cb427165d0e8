package de.schulplatz.security;

import org.springframework.security.core.AuthenticationException;

/** A login refused without checking the password: too many failures of the account or the address. */
class LoginThrottledException extends AuthenticationException {

    private final long minutes;

    LoginThrottledException(long minutes) {
        super("Zu viele fehlgeschlagene Anmeldungen; bitte in " + minutes + (minutes == 1 ? " Minute" : " Minuten")
                + " noch einmal versuchen.");
        this.minutes = minutes;
    }

    long minutes() {
        return minutes;
    }
}
