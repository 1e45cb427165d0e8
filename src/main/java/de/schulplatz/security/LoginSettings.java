package de.schulplatz.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defences of the login, {@code schulplatz.security.login.*}: how many failed logins within the window
 * an account and a client address may have before further attempts are refused until the window has
 * passed; 0 switches a limit off.
 *
 * @param maxFailuresPerAccount failed logins of one user name (whoever tries it)
 * @param maxFailuresPerAddress failed logins from one client address (whichever user names it tries)
 * @param window                how long a failure counts
 */
@ConfigurationProperties("schulplatz.security.login")
public record LoginSettings(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration window) {

    public LoginSettings {
        if (maxFailuresPerAccount < 0 || maxFailuresPerAddress < 0) {
            throw new IllegalArgumentException(
                    "Einstellung schulplatz.security.login.max-failures-per-* darf nicht negativ sein");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("Einstellung schulplatz.security.login.window muss größer als 0 sein");
        }
    }
}
