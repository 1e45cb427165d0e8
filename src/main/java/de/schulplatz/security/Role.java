package de.schulplatz.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a user of the service may do. The names are the values of {@code schulplatz.security.users[n].role}
 * and the Spring Security roles ({@code ROLE_ADMIN}, ...).
 */
public enum Role {
    /** KI administration: everything, including overrides and the audit log. */
    ADMIN("Administration"),
    /** Seiteneinstiegsberatung of the KI: starts runs, reads all lists, proposes overrides. */
    BERATUNG("Beratung"),
    /** A Schulamt or Bezirksregierung: reads only the lists of its own authority. */
    SCHULAUFSICHT("Schulaufsicht");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(role -> role.name().equals(value)).findFirst();
    }

    /** "ADMIN, BERATUNG, SCHULAUFSICHT", for messages. */
    static String allNames() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
