package de.schulplatz.intake;

import de.schulplatz.excel.Column;
import de.schulplatz.excel.ColumnSpec;
import java.util.List;

/** Columns of the sheet "Plätze Regelklassen": free places in regular classes per school and grade. */
public enum RegularPlaceColumn implements ColumnSpec {
    SCHULNUMMER("Schulnummer", List.of("SchulNr"), true, "Schulnummer einer Schule aus der Tabelle „Schulen“."),
    JAHRGANG("Jahrgang", List.of("Jahrgangsstufe"), true,
            "Jahrgang im nächsten Schuljahr (1-13); die Schulform muss ihn unterrichten."),
    FREIE_PLAETZE("Freie Plätze", List.of("Plätze", "Plaetze", "Freie Plaetze"), true,
            "Freie Plätze in den Regelklassen dieses Jahrgangs für Kinder aus der Erstförderung (0 oder mehr).");

    private final Column column;

    RegularPlaceColumn(String header, List<String> aliases, boolean required, String description) {
        this.column = new Column(header, aliases, required, description, List.of());
    }

    @Override
    public Column column() {
        return column;
    }
}
