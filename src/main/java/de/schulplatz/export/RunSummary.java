package de.schulplatz.export;

import java.time.LocalDate;
import java.util.List;

/**
 * Contents of {@code run-summary.json}. Counts add up: pupils read = imported + rejected + superseded (this run's
 * files), planned = placed + unassigned (every pupil in the database). {@code bound}: see {@link PlanBound}.
 */
record RunSummary(LocalDate planningDate, int runNumber, long runId, Counts pupils, Counts schools,
        Counts placeRows, Plan plan, Score score, List<ConstraintScore> constraints, RunFigures figures,
        PlanBound bound, long solvingMillis, List<String> outputFiles, List<String> documentsNotWritten) {

    /** Score of one constraint: level (hart, mittel, weich), how often it matched, what it cost. */
    record ConstraintScore(String name, String level, int matches, long score) {
    }

    /** superseded: valid rows replaced by a newer version of the same record in a file received later. */
    record Counts(int read, int imported, int rejected, int superseded) {
    }

    /**
     * planned = placed + unassigned; withdrawn pupils are not planned.
     *
     * @param distanceMeasure "Luftlinie" or "Fußweg": how {@code totalDistanceMetres} (and every way) was measured
     */
    record Plan(int planned, int placed, int unassigned, int withdrawn, long totalDistanceMetres,
            String distanceMeasure) {
    }

    record Score(long hard, long medium, long soft) {
    }
}
