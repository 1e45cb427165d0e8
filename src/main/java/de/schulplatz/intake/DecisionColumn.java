package de.schulplatz.intake;

import de.schulplatz.excel.Column;
import de.schulplatz.excel.ColumnSpec;
import java.util.List;

/**
 * Columns of a school's sheet in the list a Schulaufsicht returns (sheet "123456 Schulname"): the case number
 * and the authority's decision. The other columns of the list are for reading and are passed over.
 */
public enum DecisionColumn implements ColumnSpec {
    FALLNUMMER("Fallnummer", List.of(), true, "Fallnummer des Kindes, wie in der Liste.", List.of()),
    ENTSCHEIDUNG("Entscheidung", List.of("Entscheidung der Schulaufsicht"), false,
            "leer = noch keine Entscheidung; „zugewiesen“ (die Schulaufsicht weist das Kind der Schule zu), "
                    + "„aufgenommen“ (die Schule hat das Kind aufgenommen) oder „abgelehnt“ (mit Grund).",
            List.of("zugewiesen", "aufgenommen", "abgelehnt")),
    GRUND("Grund der Entscheidung", List.of("Grund Entscheidung", "Ablehnungsgrund"), false,
            "Pflicht bei „abgelehnt“, z. B. „Klasse voll, Schulleitung lehnt ab“; ohne Namen von Kindern.", List.of());

    private final Column column;

    DecisionColumn(String header, List<String> aliases, boolean required, String description, List<String> choices) {
        this.column = new Column(header, aliases, required, description, choices);
    }

    @Override
    public Column column() {
        return column;
    }
}
