package de.schulplatz.planning;

/** State of a pupil's placement in one run. */
public enum PlacementStatus {
    VORGESCHLAGEN("vorgeschlagen"),
    NICHT_ZUGEWIESEN("nicht zugewiesen");

    private final String label;

    PlacementStatus(String label) {
        this.label = label;
    }

    /** As shown in the workbooks. */
    public String label() {
        return label;
    }
}
