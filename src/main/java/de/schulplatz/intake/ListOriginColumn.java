package de.schulplatz.intake;

import java.util.List;

/**
 * The sheet "Liste" of an authority's list: whose list it is and from which run, one "Angabe" and its "Wert" per
 * row. Written by the export, read back with the list's decisions (ListDecisions).
 */
public final class ListOriginColumn {

    public static final List<String> HEADERS = List.of("Angabe", "Wert");
    /** The "Angabe" rows read back. */
    public static final String SCHULAUFSICHT = "Schulaufsicht";
    public static final String LAUF = "Lauf";

    private ListOriginColumn() {
    }
}
