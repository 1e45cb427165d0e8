package de.schulplatz.planning;

/**
 * Figures of one solve, for the run summary and the benchmark; the bound fields are penalties (positive)
 * from the min-cost flow, {@code firstFeasibleMillis} counts from the start of planning (flow included).
 *
 * @param stoppedEarly the run was asked to stop: the plan is the best one found until then
 */
public record PlanningOutcome(int pupilsPlanned, int placed, int unassigned, long hardScore, long mediumScore,
        long softScore, long solvingMillis, long boundMedium, long boundSoft, int boundUnassigned,
        boolean boundExact, long flowMillis, long firstFeasibleMillis, boolean stoppedEarly) {
}
