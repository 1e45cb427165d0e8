package de.schulplatz.intake;

import de.schulplatz.excel.Column;
import de.schulplatz.excel.ColumnSpec;
import de.schulplatz.overrides.OverrideAction;
import java.util.Arrays;
import java.util.List;

/** Columns of the sheet "Korrekturen", which every exported list carries for the way back. */
public enum CorrectionColumn implements ColumnSpec {
    AKTION("Aktion", true, "fest zuweisen, ausschließen, zurückziehen, bestätigen, Plätze ändern oder aufheben.",
            Arrays.stream(OverrideAction.values()).map(OverrideAction::label).toList()),
    FALLNUMMER("Fallnummer", false, "Fallnummer des Kindes (nicht bei „Plätze ändern“ und „aufheben“).", List.of()),
    SCHULNUMMER("Schulnummer", false,
            "Schule für „fest zuweisen“, „ausschließen“, „Plätze ändern“; bei „bestätigen“ zur Kontrolle.", List.of()),
    JAHRGANG_VON("Jahrgang von", false, "Nur bei „Plätze ändern“: erster Jahrgang des Bereichs.", List.of()),
    JAHRGANG_BIS("Jahrgang bis", false, "Nur bei „Plätze ändern“: letzter Jahrgang; leer = „von“.", List.of()),
    GRUPPENART("Gruppenart", false, "Nur bei „Plätze ändern“: Deutschförderung, Alphabetisierung oder IFK.",
            List.of("Deutschförderung", "Alphabetisierung", "IFK")),
    FREIE_PLAETZE("Freie Plätze", false, "Nur bei „Plätze ändern“: neue Zahl freier Plätze.", List.of()),
    GUELTIG_AB("Gültig ab", false, "Nur bei „Plätze ändern“: ab diesem Datum; leer = sofort.", List.of()),
    KORREKTUR_NR("Korrektur-Nr.", false, "Nur bei „aufheben“: Nummer der Korrektur, die endet.", List.of()),
    GRUND("Grund", true, "Warum, z. B. „Schulleitung hat abgelehnt“, „Familie umgezogen“.", List.of()),
    VON("Von", false, "Wer die Korrektur veranlasst; leer = Name der Datei.", List.of());

    private final Column column;

    CorrectionColumn(String header, boolean required, String description, List<String> choices) {
        this.column = new Column(header, List.of(), required, description, choices);
    }

    @Override
    public Column column() {
        return column;
    }
}
