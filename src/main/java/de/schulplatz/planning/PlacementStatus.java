package de.schulplatz.planning;

import de.schulplatz.overrides.OverrideAction;

/** State of a pupil's placement in one run. */
public enum PlacementStatus {
    /**
     * Chosen by the plan, not yet decided by anyone. Shown as "geplant", never as a "Vorschlag": that word
     * belongs to the Beratung's proposals of corrections.
     */
    VORGESCHLAGEN("geplant"),
    /** Pinned to the school by an administrator. */
    FEST_ZUGEWIESEN("fest zugewiesen"),
    /** The Schulaufsicht assigned the pupil to the planned school; the school's admission is outstanding. */
    ZUGEWIESEN("zugewiesen"),
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

    /** The status a pupil held by this override has. */
    static PlacementStatus ofFixing(OverrideAction action) {
        return switch (action) {
            case BESTAETIGEN -> BESTAETIGT;
            case ZUWEISEN -> ZUGEWIESEN;
            default -> FEST_ZUGEWIESEN;
        };
    }

    /** As shown in the workbooks. */
    public String label() {
        return label;
    }
}
