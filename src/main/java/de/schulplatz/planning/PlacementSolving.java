package de.schulplatz.planning;

import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.solver.PlacementSolverConfig;
import de.schulplatz.runs.RunProgress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The solver of this process: builds it from the settings once, scores and explains plans with the same
 * constraints, runs one solve at a time and ends it early on request, also when asked before the solving
 * began (a stop during the import steps).
 */
@Component
class PlacementSolving {

    /**
     * A solve's best plan, when the first feasible one appeared (ms from the start), and whether it reached
     * the proven bound (then no plan is better, and solving ended there).
     */
    record Solved(PlacementPlan plan, long firstFeasibleMillis, boolean provenOptimal) {
    }

    private static final Logger log = LoggerFactory.getLogger(PlacementSolving.class);

    private final PlanningSettings settings;
    private final SolverFactory<PlacementPlan> solverFactory;
    private final SolutionManager<PlacementPlan, HardMediumSoftLongScore> solutionManager;
    private final RunProgress progress;
    private volatile Solver<PlacementPlan> current;
    private volatile long currentRunId;
    /** Runs asked to stop, also before their solving has begun (during the import steps). */
    private final Set<Long> stopRequests = ConcurrentHashMap.newKeySet();

    PlacementSolving(PlanningSettings settings, RunProgress progress) {
        this.settings = settings;
        this.solverFactory = SolverFactory.create(
                PlacementSolverConfig.create(settings.timeLimit(), settings.unimprovedTimeLimit()));
        this.solutionManager = SolutionManager.create(solverFactory);
        this.progress = progress;
    }

    /** A run's planning begins: a stop without a run id (Spring Batch's stop of the step) means this one. */
    void starting(long runId) {
        currentRunId = runId;
    }

    /** Scores the plan as it stands (and sets its score). */
    HardMediumSoftLongScore score(PlacementPlan plan) {
        return solutionManager.update(plan);
    }

    /** The score of each constraint and its matches. */
    ScoreExplanation<PlacementPlan, HardMediumSoftLongScore> explain(PlacementPlan plan) {
        return solutionManager.explain(plan);
    }

    /**
     * Solves from the plan's current assignment, reporting each new best plan as the run's progress; a run
     * asked to stop before keeps its start plan. A plan scoring the proven bound cannot be improved: solving
     * ends as soon as the best plan reaches it, or does not begin when the start plan does.
     *
     * @param startNanos when the run's planning began, for the time to the first feasible plan
     * @param bound      the best score any plan can reach, or null when not proven
     */
    Solved solve(long runId, PlacementPlan start, long startNanos, HardMediumSoftLongScore bound) {
        currentRunId = runId;
        long[] firstFeasible = {-1};
        HardMediumSoftLongScore startScore = score(start);
        if (startScore.isSolutionInitialized() && startScore.hardScore() == 0) {
            // The start (the flow's plan) is already feasible: the first feasible plan is this one, even if
            // the search never finds a better one (then no best-solution event comes).
            firstFeasible[0] = (System.nanoTime() - startNanos) / 1_000_000;
        }
        if (bound != null && reaches(startScore, bound)) {
            log.info("Run {}: the start plan reaches the proven bound; no search needed", runId);
            return new Solved(start, (System.nanoTime() - startNanos) / 1_000_000, true);
        }
        // The bound ends the construction heuristic (its phase's best-score limit) and the local search
        // (a listener on new best plans): see PlacementSolverConfig.create.
        Solver<PlacementPlan> solver = bound == null ? solverFactory.buildSolver()
                : PlacementSolverConfig.solver(settings.timeLimit(), settings.unimprovedTimeLimit(), bound);
        solver.addEventListener(event -> {
            if (firstFeasible[0] < 0 && event.getNewBestScore().isSolutionInitialized()
                    && ((HardMediumSoftLongScore) event.getNewBestScore()).hardScore() == 0) {
                firstFeasible[0] = (System.nanoTime() - startNanos) / 1_000_000;
            }
            int placed = (int) event.getNewBestSolution().getPlacements().stream().filter(PupilPlacement::isAssigned)
                    .count();
            progress.bestSolution(runId, event.getNewBestScore().toShortString(), placed,
                    event.getNewBestSolution().getPlacements().size() - placed);
        });
        current = solver;
        try {
            // Asked to stop before solving began: the start plan (the flow's or the published one) is the best.
            PlacementPlan best = stopRequests.contains(runId) ? start : solver.solve(start);
            boolean proven = bound != null && reaches(score(best), bound);
            if (proven) {
                log.info("Run {}: the best plan reaches the proven bound; solving ended there", runId);
            }
            return new Solved(best, firstFeasible[0], proven);
        } finally {
            current = null;
        }
    }

    private static boolean reaches(HardMediumSoftLongScore score, HardMediumSoftLongScore bound) {
        return score.isSolutionInitialized() && score.compareTo(bound) >= 0;
    }

    /** Whether the run was asked to stop; clears the request. */
    boolean takeStopRequest(long runId) {
        return stopRequests.remove(runId);
    }

    /** Ends the running solve early; it returns its best plan so far, which is stored as usual. */
    void terminateEarly() {
        terminateEarly(currentRunId);
    }

    void terminateEarly(long runId) {
        stopRequests.add(runId);
        Solver<PlacementPlan> solver = current;
        if (solver != null && currentRunId == runId) {
            log.info("Solving stopped on request; the best plan so far is kept");
            solver.terminateEarly();
        }
    }
}
