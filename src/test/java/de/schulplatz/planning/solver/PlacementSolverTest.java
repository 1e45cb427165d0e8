package de.schulplatz.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.planning.GreedyBaseline;
import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PlacementWeights;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.PupilProfile;
import de.schulplatz.planning.domain.SchoolFact;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The real solver on small instances whose optimum is known by exhaustive search. Only travel distance
 * is weighted, so the score is 0 hard / -unassigned medium / -metres soft, as the search computes it.
 */
class PlacementSolverTest {

    private static final String MUNICIPALITY = "05766020";
    private static final PlacementWeights TRAVEL_ONLY = new PlacementWeights(1, 0, 0, 0, 0, 0, 0);

    @Test
    void greedyNearestFirstIsBeatenByTheSolver() {
        // Pupil A came first and is nearest to school X but can also go to Y; pupil B can only go to X.
        // Today's practice gives A the place at X and leaves B without one; the optimum places both.
        SchoolQuota x = quota(0, 1);
        SchoolQuota y = quota(1, 1);
        PlacementPlan byHand = plan(List.of(x, y), List.of(pupil("A", List.of(x, y), Map.of(x, 500, y, 3_000)),
                pupil("B", List.of(x), Map.of(x, 4_000))));
        PlacementPlan forTheSolver = plan(List.of(x, y), List.of(pupil("A", List.of(x, y), Map.of(x, 500, y, 3_000)),
                pupil("B", List.of(x), Map.of(x, 4_000))));

        GreedyBaseline.assignFirstComeNearestFree(byHand, Comparator.comparing(PupilPlacement::getCaseNumber));
        GreedyBaseline greedy = GreedyBaseline.of(byHand, SolutionManager.<PlacementPlan, HardMediumSoftLongScore>create(
                SolverFactory.create(PlacementSolverConfig.create(Duration.ofSeconds(1), Duration.ofSeconds(1))))
                .update(byHand));
        PlacementPlan solved = solve(forTheSolver);

        assertThat(greedy.placed()).isEqualTo(1);
        assertThat(greedy.unassigned()).isEqualTo(1);
        assertThat(greedy.score()).isEqualTo(HardMediumSoftLongScore.of(0, -1, -500));
        assertThat(solved.getScore()).isEqualTo(HardMediumSoftLongScore.of(0, 0, -7_000))
                .isGreaterThan(greedy.score());
    }

    @Test
    void reachesTheExhaustiveOptimumOnARandomInstance() {
        Random random = new Random(7);
        List<SchoolQuota> quotas = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            quotas.add(quota(i, 1 + random.nextInt(2)));
        }
        List<PupilPlacement> pupils = new ArrayList<>();
        for (int p = 0; p < 7; p++) {
            List<SchoolQuota> candidates = new ArrayList<>();
            Map<SchoolQuota, Integer> distances = new HashMap<>();
            for (SchoolQuota quota : quotas) {
                if (random.nextInt(4) > 0) {
                    candidates.add(quota);
                    distances.put(quota, 200 + random.nextInt(8_000));
                }
            }
            candidates.sort((q1, q2) -> Integer.compare(distances.get(q1), distances.get(q2)));
            pupils.add(pupil("P" + p, candidates, distances));
        }
        HardMediumSoftLongScore optimum = exhaustiveOptimum(pupils, quotas);

        PlacementPlan solved = solve(plan(quotas, pupils));

        assertThat(solved.getScore()).isEqualTo(optimum);
    }

    private static PlacementPlan solve(PlacementPlan problem) {
        return SolverFactory.<PlacementPlan>create(PlacementSolverConfig.create(Duration.ofSeconds(20),
                Duration.ofSeconds(2))).buildSolver().solve(problem);
    }

    /** Tries every combination of candidate or unassigned; fine for a handful of pupils. */
    private static HardMediumSoftLongScore exhaustiveOptimum(List<PupilPlacement> pupils, List<SchoolQuota> quotas) {
        HardMediumSoftLongScore[] best = {null};
        search(pupils, 0, new HashMap<>(), 0, 0, best);
        return best[0];
    }

    private static void search(List<PupilPlacement> pupils, int index, Map<SchoolQuota, Integer> used,
            int unassigned, long metres, HardMediumSoftLongScore[] best) {
        if (index == pupils.size()) {
            HardMediumSoftLongScore score = HardMediumSoftLongScore.of(0, -unassigned, -metres);
            if (best[0] == null || score.compareTo(best[0]) > 0) {
                best[0] = score;
            }
            return;
        }
        PupilPlacement pupil = pupils.get(index);
        search(pupils, index + 1, used, unassigned + 1, metres, best);
        for (SchoolQuota quota : pupil.getCandidates()) {
            int count = used.getOrDefault(quota, 0);
            if (count < quota.getFreePlaces()) {
                used.put(quota, count + 1);
                search(pupils, index + 1, used, unassigned, metres + pupil.distanceTo(quota), best);
                used.put(quota, count);
            }
        }
    }

    private static PlacementPlan plan(List<SchoolQuota> quotas, List<PupilPlacement> pupils) {
        List<SchoolFact> schools = quotas.stream().map(SchoolQuota::getSchool).distinct().toList();
        return new PlacementPlan(schools, quotas, pupils, TRAVEL_ONLY);
    }

    /** Unassigned weight 1, so the medium score counts unassigned pupils like the exhaustive search. */
    private static PupilPlacement pupil(String caseNumber, List<SchoolQuota> candidates,
            Map<SchoolQuota, Integer> distances) {
        return new PupilPlacement(new PupilProfile(caseNumber, 3, null, MUNICIPALITY, List.of(), null, 2_000, 1),
                candidates, distances);
    }

    private static SchoolQuota quota(int id, int freePlaces) {
        SchoolFact school = new SchoolFact(String.format("%06d", 100_000 + id), MUNICIPALITY, 200);
        return new SchoolQuota(id, school, SchoolForm.GS, GroupKind.DEUTSCHFOERDERUNG, new GeoPoint(51.9, 8.8), 1, 4,
                freePlaces);
    }
}
