package de.schulplatz.intake;

import de.schulplatz.excel.Column;
import de.schulplatz.excel.ColumnSpec;
import java.util.List;

/** Columns of the sheet "Freie Plätze": one row per school and range of grades. */
public enum QuotaColumn implements ColumnSpec {
    SCHULNUMMER("Schulnummer", List.of("SchulNr"), true, "Schulnummer einer Schule aus der Tabelle „Schulen“."),
    JAHRGANG_VON("Jahrgang von", List.of("Jahrgang", "von Jahrgang"), true,
            "Erster Jahrgang des Bereichs (1-13), z. B. 5."),
    JAHRGANG_BIS("Jahrgang bis", List.of("bis Jahrgang"), false,
            "Letzter Jahrgang des Bereichs; leer = nur der Jahrgang „von“. Bereiche einer Schule überschneiden sich nicht."),
    FREIE_PLAETZE("Freie Plätze", List.of("Freie Plaetze", "Plätze", "Plaetze"), true,
            "Freie Plätze für neu zugewanderte Schülerinnen und Schüler in diesem Bereich (0 oder mehr)."),
    GRUPPENART("Gruppenart", List.of("Gruppe", "Förderform"), false,
            "Deutschförderung (Deutschfördergruppe oder -klasse), Alphabetisierung oder IFK (Internationale Förderklasse am Berufskolleg); leer = Deutschförderung, am Berufskolleg IFK.",
            List.of("Deutschförderung", "Alphabetisierung", "IFK"));

    private final Column column;

    QuotaColumn(String header, List<String> aliases, boolean required, String description) {
        this.column = new Column(header, aliases, required, description, List.of());
    }

    QuotaColumn(String header, List<String> aliases, boolean required, String description, List<String> choices) {
        this.column = new Column(header, aliases, required, description, choices);
    }

    @Override
    public Column column() {
        return column;
    }
}
