package de.schulplatz.routing;

/** How a Schulweg was measured; the German word is what every output shows. */
public enum DistanceMeasure {
    /** Straight line on the sphere: without an extract, or where home or school lie off the network. */
    LUFTLINIE("Luftlinie"),
    /** Shortest walking route on the OpenStreetMap foot network (SchfkVO § 7). */
    FUSSWEG("Fußweg");

    private final String label;

    DistanceMeasure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
