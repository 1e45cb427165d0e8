package de.schulplatz.intake;

import de.schulplatz.excel.Column;
import de.schulplatz.excel.ColumnSpec;
import java.util.List;

/** Columns of the sheet "Übergang": one row per pupil whose initial German support ends. */
public enum TransitionColumn implements ColumnSpec {
    FALLNUMMER("Fallnummer", List.of("Fall-Nr.", "Fallnr"), true,
            "Fallnummer des Kindes; es muss in der Tabelle „Schüler“ (dieser oder einer früheren Einlesung) stehen."),
    BISHERIGE_SCHULE("Bisherige Schule", List.of("Aktuelle Schule", "Schulnummer", "Jetzige Schule"), true,
            "Schulnummer der Schule, die das Kind jetzt besucht."),
    JAHRGANG("Jahrgang", List.of("Jahrgang im neuen Schuljahr", "Jahrgang neu"), true,
            "Jahrgang im nächsten Schuljahr (1-13)."),
    SCHULFORM("Schulform", List.of("Entschiedene Schulform", "Schulform (Entscheidung)", "Schulform neu"), true,
            "Schulform, über die die Lehrkräfte entschieden haben (GS, HS, FS, RS, PS, SK, GE, GY, BK).",
            List.of("GS", "HS", "FS", "RS", "PS", "SK", "GE", "GY", "BK")),
    WECHSEL_ZUM("Wechsel zum", List.of("Wechseldatum", "Übergang zum"), false,
            "Tag des Wechsels (TT.MM.JJJJ); leer = 1. August nach dem Planungsdatum.");

    private final Column column;

    TransitionColumn(String header, List<String> aliases, boolean required, String description) {
        this.column = new Column(header, aliases, required, description, List.of());
    }

    TransitionColumn(String header, List<String> aliases, boolean required, String description, List<String> choices) {
        this.column = new Column(header, aliases, required, description, choices);
    }

    @Override
    public Column column() {
        return column;
    }
}
