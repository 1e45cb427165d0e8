package de.schulplatz.planning.flow;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PlacementWeights;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.PupilProfile;
import de.schulplatz.planning.domain.SchoolFact;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.planning.solver.PlacementSolverConfig;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.support.Exhaustive;
import de.schulplatz.schoolsystem.SchoolForm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The min-cost flow against exhaustive search on instances small enough to score every plan with the real
 * constraints: its medium optimum is exact, its soft value never above the best plan's penalty (exact when
 * siblings weigh nothing), and flow start plus local search reaches the optimum.
 */
class FlowPlannerTest {

    private static final PlacementWeights DEFAULTS = new PlacementWeights(1, 2, 5_000, 1_500, 10, 1_000, 20_000);
    private static final PlacementWeights NO_SIBLINGS = new PlacementWeights(1, 2, 0, 1_500, 10, 1_000, 20_000);
    private final SolverFactory<PlacementPlan> solverFactory =
            SolverFactory.create(PlacementSolverConfig.create(Duration.ofSeconds(30), Duration.ofSeconds(2)));
    private final SolutionManager<PlacementPlan, HardMediumSoftLongScore> scorer = SolutionManager.create(solverFactory);

    @Test
    void boundIsNeverAboveTheOptimumAndTheMediumLevelIsExact() {
        for (long seed = 1; seed <= 12; seed++) {
            HardMediumSoftLongScore optimum = exhaustiveOptimum(instance(seed, DEFAULTS));
            FlowPlanner.Result flow = FlowPlanner.solve(instance(seed, DEFAULTS));
            assertThat(flow.exact()).isTrue();
            assertThat(optimum.hardScore()).isZero();
            assertThat(-flow.mediumPenalty()).as("seed %d medium", seed).isEqualTo(optimum.mediumScore());
            assertThat(flow.softPenalty()).as("seed %d soft bound", seed).isLessThanOrEqualTo(-optimum.softScore());
        }
    }

    @Test
    void withoutSiblingsTheFlowIsTheExactOptimum() {
        for (long seed = 1; seed <= 12; seed++) {
            HardMediumSoftLongScore optimum = exhaustiveOptimum(instance(seed, NO_SIBLINGS));
            PlacementPlan plan = instance(seed, NO_SIBLINGS);
            FlowPlanner.Result flow = FlowPlanner.solve(plan);
            flow.applyTo(plan);
            assertThat(scorer.update(plan)).as("seed %d", seed).isEqualTo(optimum);
            assertThat(HardMediumSoftLongScore.of(0, -flow.mediumPenalty(), -flow.softPenalty())).isEqualTo(optimum);
        }
    }

    @Test
    void flowStartPlusLocalSearchReachesTheExhaustiveOptimum() {
        for (long seed = 1; seed <= 4; seed++) {
            HardMediumSoftLongScore optimum = exhaustiveOptimum(instance(seed, DEFAULTS));
            PlacementPlan plan = instance(seed, DEFAULTS);
            FlowPlanner.Result flow = FlowPlanner.solve(plan);
            flow.applyTo(plan);
            // The optimum as the best-score limit: the search ends when it reaches it, or fails after 2 s unimproved.
            PlacementPlan solved = PlacementSolverConfig.solver(Duration.ofSeconds(30), Duration.ofSeconds(2), optimum)
                    .solve(plan);
            assertThat(solved.getScore()).as("seed %d", seed).isEqualTo(optimum);
            assertThat(-solved.getScore().softScore()).isGreaterThanOrEqualTo(flow.softPenalty());
        }
    }

    @Test
    void pinnedPupilsAreFixedBeforehand() {
        PlacementPlan plan = instance(5, DEFAULTS);
        PupilPlacement first = plan.getPlacements().stream().filter(p -> !p.getCandidates().isEmpty()).findFirst()
                .orElseThrow();
        SchoolQuota farthest = first.getCandidates().get(first.getCandidates().size() - 1);
        first.pin(farthest);
        HardMediumSoftLongScore optimum = exhaustiveOptimum(plan);
        FlowPlanner.Result flow = FlowPlanner.solve(plan);
        assertThat(flow.assignment()).doesNotContainKey(first);
        assertThat(-flow.mediumPenalty()).isEqualTo(optimum.mediumScore());
        assertThat(flow.softPenalty()).isLessThanOrEqualTo(-optimum.softScore());
    }

    /** 7 pupils (two families, wishes, a published placement), 4 schools in 2 municipalities, few places. */
    static PlacementPlan instance(long seed, PlacementWeights weights) {
        Random random = new Random(seed);
        List<SchoolFact> schools = new ArrayList<>();
        List<SchoolQuota> quotas = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            SchoolFact school = new SchoolFact("10000" + i, i < 2 ? "05766020" : "05766044", 30 + 100 * i);
            schools.add(school);
            quotas.add(new SchoolQuota(i, school, SchoolForm.GS, GroupKind.DEUTSCHFOERDERUNG,
                    new GeoPoint(51.9, 8.8), 1, 4, random.nextInt(3)));
        }
        String[] families = {"F1", "F1", "F2", "F2", "F2", null, null};
        List<PupilPlacement> placements = new ArrayList<>();
        for (int p = 0; p < families.length; p++) {
            List<SchoolQuota> candidates = new ArrayList<>();
            Map<SchoolQuota, Integer> distances = new HashMap<>();
            for (SchoolQuota quota : quotas) {
                if (random.nextInt(5) > 0) {
                    candidates.add(quota);
                    distances.put(quota, 300 + random.nextInt(6_000));
                }
            }
            candidates.sort((a, b) -> Integer.compare(distances.get(a), distances.get(b)));
            List<String> wishes = p % 3 == 0 ? List.of("10000" + random.nextInt(4)) : List.of();
            String published = p == 6 ? "100002" : null;
            placements.add(new PupilPlacement(new PupilProfile("P" + p, 3, families[p], p < 4 ? "05766020" : "05766044",
                    wishes, published, 2_000, 1_000 + random.nextInt(300)), candidates, distances));
        }
        return new PlacementPlan(schools, quotas, placements, weights);
    }

    private HardMediumSoftLongScore exhaustiveOptimum(PlacementPlan plan) {
        return Exhaustive.optimum(plan, scorer);
    }
}
