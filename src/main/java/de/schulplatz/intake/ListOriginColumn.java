package de.schulplatz.intake;

/**
 * The sheet "Liste" of an authority's list: whose list it is and from which run, one "Angabe" and its "Wert" per
 * row. Read back with the list's decisions (ListDecisions), written by the export.
 */
public final class ListOriginColumn {

    /** Header of the first column and of the second. */
    public static final ListOriginColumn ANGABE = new ListOriginColumn("Angabe");
    public static final ListOriginColumn WERT = new ListOriginColumn("Wert");
    /** The "Angabe" rows read back. */
    public static final String SCHULAUFSICHT = "Schulaufsicht";
    public static final String LAUF = "Lauf";

    private final String header;

    private ListOriginColumn(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }
}
