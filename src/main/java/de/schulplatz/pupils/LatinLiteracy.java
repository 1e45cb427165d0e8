package de.schulplatz.pupils;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether the child reads and writes the Latin script (decides the need of a literacy group). */
public enum LatinLiteracy {
    JA("ja"), TEILWEISE("teilweise"), NEIN("nein");

    private final String label;

    LatinLiteracy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<LatinLiteracy> parse(String text) {
        String value = text.strip().toLowerCase(Locale.GERMAN);
        return Arrays.stream(values()).filter(v -> v.label.equals(value)).findFirst();
    }
}
