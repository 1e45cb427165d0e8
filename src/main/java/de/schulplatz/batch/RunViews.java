package de.schulplatz.batch;

import de.schulplatz.runs.RunRepository.ConstraintScore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** JSON shapes of the run endpoints. */
public final class RunViews {

    private RunViews() {
    }

    /**
     * A run in the list. {@code status} is the Spring Batch status, {@code statusText} the same in German;
     * {@code restartable}: failed or stopped and not superseded by a newer published run, so continuing it
     * (POST /api/runs/{id}/restart) is allowed.
     */
    public record RunSummary(long id, LocalDate planningDate, Integer runNumber, String status, String statusText,
            OffsetDateTime startedAt, OffsetDateTime endedAt, OffsetDateTime publishedAt, Integer placed,
            Integer unassigned, Integer withdrawn, Scores scores, boolean restartable, String job) {
    }

    /**
     * Score of the run's plan: hard (rules broken), medium (pupils without a place), soft (cost), and how far
     * the soft cost lies above the proven bound (fraction, null when not comparable; docs/rules.md).
     */
    public record Scores(Long hard, Long medium, Long soft, Long solvingMillis, Double boundGap) {
    }

    /** One run with its live progress while it runs in this process, and the score of every constraint. */
    public record RunDetail(long id, LocalDate planningDate, Integer runNumber, String status, String statusText,
            OffsetDateTime startedAt, OffsetDateTime endedAt, OffsetDateTime publishedAt, Integer placed,
            Integer unassigned, Integer withdrawn, Scores scores, boolean restartable, LiveProgress progress,
            List<ConstraintScore> constraintScores) {
    }

    /**
     * While running: the step being executed, time since the start, the solver's best score so far and its
     * placed / unassigned pupils.
     */
    public record LiveProgress(String phase, Instant startedAt, long elapsedSeconds, String bestScore, Integer placed,
            Integer unassigned, Integer stepNumber, Integer stepCount, Integer percentDone, Long atMostSecondsLeft) {

        /** The phase in German ("Planen" for solveStep), for pages and announcements. */
        public String phaseText() {
            return RunStep.labelOf(phase);
        }
    }

    /** Answer to a start: the run is identified by date and number until its id is known. */
    public record StartedRunView(LocalDate planningDate, int runNumber) {
    }

    /** Answer to a stop or a restart still going on. */
    public record RunActionView(long runId, String status, String message) {
    }
}
