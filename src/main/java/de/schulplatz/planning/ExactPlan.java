package de.schulplatz.planning;

/**
 * The exact optimum of the full model for the benchmark (CP-SAT): the soft penalty (positive) at the
 * medium minimum, whether it is proven optimal, CP-SAT's lower bound and its time.
 */
public record ExactPlan(boolean optimal, long softPenalty, long lowerBound, double seconds) {
}
