package de.schulplatz.planning;

import java.util.List;

/**
 * One way of planning the benchmark's problem within the same time ({@link PlanComparisons#peers}): its
 * final plan and every better plan on its way. Penalties are positive (the negated scores).
 *
 * @param name       the method, in German, as the table shows it
 * @param hard       hard penalty of the final plan (overfilled places; 0 when feasible)
 * @param unassigned pupils without a place in the final plan
 * @param seconds    the method's whole time
 * @param trace      each better plan as it came, from the method's start
 */
public record PeerRun(String name, long hard, long medium, long soft, int unassigned, double seconds,
        List<Point> trace) {

    /** A plan on the way: seconds from the start and its penalties. */
    public record Point(double seconds, long hard, long medium, long soft) {
    }

    /**
     * Seconds until the first feasible plan at the medium minimum with a soft penalty at most
     * {@code (1 + share) × best}; null when none came.
     */
    public Double secondsWithin(long mediumMinimum, long best, double share) {
        for (Point point : trace) {
            if (point.hard() == 0 && point.medium() == mediumMinimum && point.soft() <= best * (1 + share)) {
                return point.seconds();
            }
        }
        return null;
    }
}
