package de.schulplatz.overrides;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an administrator (or, for {@link #ZUWEISEN}, {@link #BESTAETIGEN} and {@link #AUSSCHLIESSEN}, a
 * Schulaufsicht) can decide by hand; the German label is the one used in the Korrekturen sheet.
 */
public enum OverrideAction {
    /** Pin a pupil to a school: the solver never moves the pupil, who uses up a place. */
    FEST_ZUWEISEN("fest zuweisen", "pin"),
    /** A school (e.g. one that declined) is never proposed again for this pupil. */
    AUSSCHLIESSEN("ausschließen", "exclude"),
    /** The pupil moved away or was placed outside the system: no longer planned. */
    ZURUECKZIEHEN("zurückziehen", "withdraw"),
    /**
     * The Schulaufsicht assigns the pupil to the school of the published plan (its formal Zuweisung): fixed like
     * a pin while the school decides on admission.
     */
    ZUWEISEN("zuweisen", "assign"),
    /** The school admitted the pupil: the published placement becomes fixed like a pin. */
    BESTAETIGEN("bestätigen", "confirm"),
    /** A school's free places for a grade range and group kind change from a date on. */
    PLAETZE_AENDERN("Plätze ändern", "places"),
    /** Ends an earlier override; releasing a withdrawal brings the pupil back. */
    AUFHEBEN("aufheben", "release");

    private final String label;
    private final String command;

    OverrideAction(String label, String command) {
        this.label = label;
        this.command = command;
    }

    public String label() {
        return label;
    }

    /** The word on the command line: pin, exclude, withdraw, confirm, places, release. */
    public String command() {
        return command;
    }

    /** Whether it holds the pupil at one school, so that the solver never moves the pupil (one in force at a time). */
    public boolean fixesPlacement() {
        return this == FEST_ZUWEISEN || this == ZUWEISEN || this == BESTAETIGEN;
    }

    public static Optional<OverrideAction> parse(String text) {
        String value = text.strip().toLowerCase(Locale.GERMAN);
        return Arrays.stream(values())
                .filter(a -> a.label.toLowerCase(Locale.GERMAN).equals(value) || a.command.equals(value)
                        || a.name().toLowerCase(Locale.ROOT).equals(value))
                .findFirst();
    }
}
