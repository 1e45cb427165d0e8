package de.schulplatz.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PlacementWeights;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.PupilProfile;
import de.schulplatz.planning.domain.SchoolFact;
import de.schulplatz.planning.domain.SchoolQuota;
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
 * The whole objective (every constraint weighted) on instances small enough to score every possible
 * plan with the real constraints: the solver must reach the best of them.
 */
class FullModelOptimumTest {

    private static final PlacementWeights DEFAULTS = new PlacementWeights(1, 2, 5_000, 1_500, 10, 1_000, 20_000);
    private final SolverFactory<PlacementPlan> solverFactory =
            SolverFactory.create(PlacementSolverConfig.create(Duration.ofSeconds(30), Duration.ofSeconds(3)));

    @Test
    void solverReachesTheExhaustiveOptimumOfTheFullModel() {
        PlacementPlan problem = randomInstance(11, DEFAULTS, 1);
        HardMediumSoftLongScore optimum = exhaustiveOptimum(problem);

        // The optimum as the best-score limit: the search ends when it reaches it, or fails after 3 s unimproved.
        PlacementPlan solved = PlacementSolverConfig.solver(Duration.ofSeconds(30), Duration.ofSeconds(3), optimum)
                .solve(randomInstance(11, DEFAULTS, 1));

        assertThat(solved.getScore()).isEqualTo(optimum);
    }

    @Test
    void withOnlyDistanceWeightedAndEnoughPlacesEveryPupilGoesToTheNearestSchool() {
        PlacementWeights distanceOnly = new PlacementWeights(1, 0, 0, 0, 0, 0, 0);
        // 10 places per quota: more than pupils, so the minimum total distance is everybody's nearest.
        PlacementPlan solved = solverFactory.buildSolver().solve(randomInstance(23, distanceOnly, 10));

        for (PupilPlacement placement : solved.getPlacements()) {
            int nearest = placement.getCandidates().stream().mapToInt(placement::distanceTo).min().orElseThrow();
            assertThat(placement.distanceMetres()).as(placement.getCaseNumber()).isEqualTo(nearest);
        }
    }

    /** 7 pupils (two families, some wishes, one published placement) and 4 schools in 2 municipalities. */
    private static PlacementPlan randomInstance(long seed, PlacementWeights weights, int extraPlaces) {
        Random random = new Random(seed);
        List<SchoolFact> schools = new ArrayList<>();
        List<SchoolQuota> quotas = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            SchoolFact school = new SchoolFact("10000" + i, i < 2 ? "05766020" : "05766044", 150 + 100 * i);
            schools.add(school);
            quotas.add(new SchoolQuota(i, school, SchoolForm.GS, GroupKind.DEUTSCHFOERDERUNG,
                    new GeoPoint(51.9, 8.8), 1, 4, random.nextInt(2) + extraPlaces));
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

    /** Scores every combination of candidate-or-unassigned with the real constraints. */
    private HardMediumSoftLongScore exhaustiveOptimum(PlacementPlan plan) {
        return Exhaustive.optimum(plan, SolutionManager.create(solverFactory));
    }
}
