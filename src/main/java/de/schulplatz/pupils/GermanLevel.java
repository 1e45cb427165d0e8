package de.schulplatz.pupils;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** German level by the Common European Framework, up to the support target B1. */
public enum GermanLevel {
    KEINE("keine"), A1("A1"), A2("A2"), B1("B1");

    private final String label;

    GermanLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<GermanLevel> parse(String text) {
        String value = text.strip().toLowerCase(Locale.GERMAN);
        return Arrays.stream(values()).filter(v -> v.label.toLowerCase(Locale.GERMAN).equals(value)).findFirst();
    }
}
