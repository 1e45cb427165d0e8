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
            "Deutschförderung (Deutschfördergruppe oder -klasse), Alphabetisierung, IFK (Internationale Förderklasse am Berufskolleg) oder Fit für mehr (FFM, Berufskolleg, für 18- bis 25-Jährige); leer = Deutschförderung, am Berufskolleg IFK.",
            List.of("Deutschförderung", "Alphabetisierung", "IFK", "Fit für mehr")),
    FREI_AB("frei ab", List.of("Frei ab", "ab", "verfügbar ab"), false,
            "Datum, ab dem die Plätze frei sind (TT.MM.JJJJ); leer = sofort. Spätere Plätze werden als „Platz ab“ vorgemerkt, nicht verplant. Eine Schule kann für dieselben Jahrgänge Zeilen mit verschiedenen Daten melden: die Plätze kommen hinzu."),
    GUELTIG_BIS("Meldung gültig bis", List.of("gültig bis", "gueltig bis", "Stand bis"), false,
            "Bis zu diesem Datum gilt die Meldung; danach werden die Plätze nicht mehr verplant (Hinweis im Fehlerbericht). Leer = bis zur nächsten Meldung."),
    AUFNAHMETERMINE("Aufnahmetermine", List.of("Aufnahme zum", "Aufnahmetermin"), false,
            "Tage, an denen die Gruppe aufnimmt, z. B. „01.08., 01.02.“; leer = IFK zum 01.08., Fit für mehr zum 01.11., 01.02. und 01.05. (Einstellungen), andere Gruppen jederzeit.");

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
