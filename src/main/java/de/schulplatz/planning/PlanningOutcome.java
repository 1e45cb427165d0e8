package de.schulplatz.planning;

/** Figures of one solve, for the run summary. */
public record PlanningOutcome(int pupilsPlanned, int placed, int unassigned, long hardScore, long mediumScore,
        long softScore, long solvingMillis) {
}
