package de.schulplatz.runs;

/** Which job a run belongs to; published plans and re-planning never mix the two. */
public enum RunJob {
    /** The first placement of newcomers (placementJob), the nightly one. */
    PLACEMENT("Zuweisung"),
    /** The move out of the initial German support into regular classes (transitionJob). */
    TRANSITION("Übergang");

    private final String label;

    RunJob(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
