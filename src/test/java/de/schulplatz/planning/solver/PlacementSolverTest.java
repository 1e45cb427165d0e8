package de.schulplatz.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.schoolsystem.SchoolForm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;

/** The real solver on small instances whose optimum is known by exhaustive search. */
class PlacementSolverTest {

    @Test
    void greedyNearestFirstIsBeatenByTheSolver() {
        // Pupil A is nearest to school X but can also go to Y; pupil B can only go to X.
        // Nearest-first for A would leave B unassigned; the optimum places both.
        SchoolQuota x = quota(0, 1);
        SchoolQuota y = quota(1, 1);
        PupilPlacement a = new PupilPlacement("A", 3, List.of(x, y), Map.of(x, 500, y, 3_000));
        PupilPlacement b = new PupilPlacement("B", 3, List.of(x), Map.of(x, 4_000));

        PlacementPlan solved = solve(new PlacementPlan(List.of(x, y), List.of(a, b)));

        assertThat(solved.getScore()).isEqualTo(HardMediumSoftLongScore.of(0, 0, -7_000));
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
            pupils.add(new PupilPlacement("P" + p, 3, candidates, distances));
        }
        HardMediumSoftLongScore optimum = exhaustiveOptimum(pupils, quotas);

        PlacementPlan solved = solve(new PlacementPlan(quotas, pupils));

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

    private static SchoolQuota quota(int id, int freePlaces) {
        return new SchoolQuota(id, String.format("%06d", 100_000 + id), SchoolForm.GS, new GeoPoint(51.9, 8.8), 1, 4,
                freePlaces);
    }
}
