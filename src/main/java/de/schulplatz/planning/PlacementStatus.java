package de.schulplatz.planning;

/** State of a pupil's placement in one run. */
public enum PlacementStatus {
    /**
     * Chosen by the plan, not yet decided by anyone. Shown as "geplant", never as a "Vorschlag": that word
     * belongs to the Beratung's proposals of corrections.
     */
    VORGESCHLAGEN("geplant"),
    /** Pinned to the school by an administrator. */
    FEST_ZUGEWIESEN("fest zugewiesen"),
    /** The school admitted the pupil; fixed like a pin. */
    BESTAETIGT("bestätigt"),
    NICHT_ZUGEWIESEN("nicht zugewiesen"),
    /**
     * No place by the planning date, but one reserved at a school whose places are free later: the school and
     * the day are known ({@code PlannedPlacement.startDate}); the pupil still waits.
     */
    PLATZ_AB("Platz ab"),
    /** Taken out of planning (moved away, placed outside the system). */
    ZURUECKGEZOGEN("zurückgezogen");

    private final String label;

    PlacementStatus(String label) {
        this.label = label;
    }

    /** As shown in the workbooks. */
    public String label() {
        return label;
    }
}
