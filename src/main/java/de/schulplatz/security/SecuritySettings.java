package de.schulplatz.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users of the service, {@code schulplatz.security.*}. Bound in every mode, but only checked (and used)
 * when a web server runs ({@link SecurityConfiguration}); the command-line modes need no users.
 *
 * @param demo  adds demo users with published passwords; for trying the service out, never for real data
 * @param users the configured users
 */
@ConfigurationProperties("schulplatz.security")
public record SecuritySettings(boolean demo, List<UserEntry> users) {

    public SecuritySettings {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * One configured user. Kept as plain text here so that a typing error is reported by
     * {@link AccountDirectory} with a German message, not by the binder.
     *
     * @param password  a hash in the DelegatingPasswordEncoder format, e.g. {@code {bcrypt}$2a$10$...}
     * @param role      ADMIN, BERATUNG or SCHULAUFSICHT
     * @param authority for SCHULAUFSICHT: the exact Schulaufsicht name, e.g. "Schulamt für den Kreis Lippe"
     */
    public record UserEntry(String username, String password, String role, String authority) {
    }
}
