package de.schulplatz.planning;

import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.flow.ExactOptimum;
import de.schulplatz.planning.flow.FlowPlanner;
import de.schulplatz.pupils.Pupil;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What the benchmark compares the run's plan with, on the same problem and scored by the same constraints:
 * today's practice (first come, nearest free place) and, for small instances, the exact optimum of the full
 * model by CP-SAT.
 */
@Service
public class PlanComparisons {

    private final PlanningProblems problems;
    private final PlacementSolving solving;

    PlanComparisons(PlanningProblems problems, PlacementSolving solving) {
        this.problems = problems;
        this.solving = solving;
    }

    /**
     * Today's practice: first come, first served (by the date the pupil waits since), each pupil at the
     * nearest eligible place still free.
     */
    public GreedyBaseline greedyBaseline(LocalDate planningDate) {
        PlanningProblems.Loaded loaded = problems.load(planningDate, Map.of());
        Map<String, Pupil> byCase = loaded.pupils().stream()
                .collect(Collectors.toMap(Pupil::caseNumber, Function.identity()));
        GreedyBaseline.assignFirstComeNearestFree(loaded.problem().plan(), Comparator.comparing((PupilPlacement p) -> {
            LocalDate since = byCase.get(p.getCaseNumber()).waitingSince();
            return since == null ? LocalDate.MAX : since;
        }));
        return GreedyBaseline.of(loaded.problem().plan(), solving.score(loaded.problem().plan()));
    }

    /**
     * The exact optimum of the full model (siblings included) by CP-SAT, with the medium level at the flow's
     * proven minimum; soft penalty (positive) and whether proven.
     */
    public ExactPlan exactOptimum(LocalDate planningDate, double seconds) {
        PlanningProblems.Loaded loaded = problems.load(planningDate, Map.of());
        FlowPlanner.Result flow = FlowPlanner.solve(loaded.problem().plan());
        ExactOptimum.Result exact = ExactOptimum.solve(loaded.problem().plan(), flow.mediumPenalty(), seconds);
        return new ExactPlan(exact.optimal(), exact.softPenalty(), exact.lowerBound(), exact.seconds());
    }
}
