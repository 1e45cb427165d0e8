package de.schulplatz.schoolsystem;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of group a newcomer joins, which the free places are reported for: German support
 * (Deutschfördergruppe or -klasse), a literacy group for pupils not literate in Latin script, or the
 * international support class (IFK) of a Berufskolleg, or its class "Fit für mehr" (FFM) for young adults.
 */
public enum GroupKind {
    DEUTSCHFOERDERUNG("Deutschförderung", "DFG", "DFK", "Deutschfördergruppe", "Deutschförderklasse", "DaZ"),
    ALPHABETISIERUNG("Alphabetisierung", "Alpha", "Alphabetisierungsgruppe", "Erstalphabetisierung"),
    IFK("IFK", "Internationale Förderklasse", "A17"),
    /** "Fit für mehr": the Berufskolleg's one-year class for newcomers of 16-25 no longer of compulsory age. */
    FFM("Fit für mehr", "FFM", "Fit für Mehr", "A18"),
    /** A regular class, after the initial German support (transitionJob only; places from "Plätze Regelklassen"). */
    REGELKLASSE("Regelklasse");

    private final String label;
    private final String[] aliases;

    GroupKind(String label, String... aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    /** As written in workbooks. */
    public String label() {
        return label;
    }

    public static Optional<GroupKind> parse(String text) {
        String value = text.strip().toLowerCase(Locale.GERMAN);
        return Arrays.stream(values())
                .filter(kind -> kind.label.toLowerCase(Locale.GERMAN).equals(value)
                        || Arrays.stream(kind.aliases).anyMatch(alias -> alias.toLowerCase(Locale.GERMAN).equals(value)))
                .findFirst();
    }
}
