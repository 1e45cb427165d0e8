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
 * The bound with siblings ({@link LagrangianBound}) is a proven lower bound: never above the best plan, found
 * by scoring every plan with the real constraints (small instances) or by CP-SAT on the full model (larger
 * ones), with fair spread, quotas sharing a school, pinned siblings and a published placement; and it sees
 * the siblings where the flow alone cannot.
 */
class SiblingBoundTest {

    private static final PlacementWeights DEFAULTS = new PlacementWeights(1, 2, 5_000, 1_500, 10, 1_000, 20_000);
    private final SolutionManager<PlacementPlan, HardMediumSoftLongScore> scorer = SolutionManager.create(
            SolverFactory.create(PlacementSolverConfig.create(Duration.ofSeconds(1), Duration.ofSeconds(1))));

    @Test
    void neverAboveTheExhaustiveOptimumAndAboveTheFlowWhereSiblingsMatter() {
        int stronger = 0;
        for (long seed = 1; seed <= 8; seed++) {
            PlacementPlan plan = instance(seed, 7, 3, seed % 2 == 0);
            HardMediumSoftLongScore optimum = exhaustiveOptimum(plan);
            FlowPlanner.Result flow = FlowPlanner.solve(plan);
            assertThat(-flow.mediumPenalty()).as("seed %d medium", seed).isEqualTo(optimum.mediumScore());
            assertThat(flow.boundSoft()).as("seed %d bound", seed).isLessThanOrEqualTo(-optimum.softScore())
                    .isGreaterThanOrEqualTo(flow.softPenalty());
            if (flow.boundSoft() > flow.softPenalty()) {
                stronger++;
            }
        }
        assertThat(stronger).as("instances where the siblings raise the bound").isPositive();
    }

    @Test
    void neverAboveTheCpSatOptimumOnLargerInstances() {
        int stronger = 0;
        for (long seed = 1; seed <= 12; seed++) {
            PlacementPlan plan = instance(seed, 40, 8, seed % 3 == 0);
            FlowPlanner.Result flow = FlowPlanner.solve(plan);
            ExactOptimum.Result optimum = ExactOptimum.solve(plan, flow.mediumPenalty(), 20);
            assertThat(optimum.optimal()).as("seed %d: CP-SAT proved its optimum", seed).isTrue();
            assertThat(flow.boundSoft()).as("seed %d", seed).isLessThanOrEqualTo(optimum.softPenalty())
                    .isGreaterThanOrEqualTo(flow.softPenalty());
            if (flow.boundSoft() > flow.softPenalty()) {
                stronger++;
            }
        }
        assertThat(stronger).isGreaterThanOrEqualTo(6);
    }

    @Test
    void withoutSiblingWeightTheBoundIsTheFlowsOptimum() {
        PlacementPlan plan = instance(3, 40, 8, false);
        PlacementWeights noSiblings = new PlacementWeights(1, 2, 0, 1_500, 10, 1_000, 20_000);
        PlacementPlan same = new PlacementPlan(plan.getSchools(), plan.getQuotas(), plan.getPlacements(), noSiblings);
        FlowPlanner.Result flow = FlowPlanner.solve(same);
        assertThat(flow.boundSoft()).isEqualTo(flow.softPenalty());
    }

    /**
     * Pupils in families of two and three, schools with two quotas (one place each) in two municipalities,
     * wishes, one published placement; with {@code pins}, the first member of every family is pinned at a
     * candidate (a pupil without candidates is pinned without a place anyway).
     */
    static PlacementPlan instance(long seed, int pupils, int schoolCount, boolean pins) {
        Random random = new Random(seed);
        List<SchoolFact> schools = new ArrayList<>();
        List<SchoolQuota> quotas = new ArrayList<>();
        for (int i = 0; i < schoolCount; i++) {
            SchoolFact school = new SchoolFact("2000" + i, i % 2 == 0 ? "05766020" : "05766044", 80 + 60 * i);
            schools.add(school);
            quotas.add(new SchoolQuota(2 * i, school, SchoolForm.GS, GroupKind.DEUTSCHFOERDERUNG,
                    new GeoPoint(51.9, 8.8), 1, 2, random.nextInt(2) + (pupils > 10 ? 2 : 0)));
            quotas.add(new SchoolQuota(2 * i + 1, school, SchoolForm.GS, GroupKind.DEUTSCHFOERDERUNG,
                    new GeoPoint(51.9, 8.8), 3, 4, 1));
        }
        List<PupilPlacement> placements = new ArrayList<>();
        int family = 0;
        int left = 0;
        for (int p = 0; p < pupils; p++) {
            if (left == 0) {
                family++;
                left = random.nextInt(4) == 0 ? 1 : 2 + random.nextInt(2);
            }
            String familyId = left == 1 && random.nextBoolean() ? null : "F" + family;
            left--;
            int grade = 1 + random.nextInt(4);
            List<SchoolQuota> candidates = new ArrayList<>();
            Map<SchoolQuota, Integer> distances = new HashMap<>();
            for (SchoolQuota quota : quotas) {
                if (quota.getGradeFrom() <= grade && grade <= quota.getGradeTo() && random.nextInt(4) > 0) {
                    candidates.add(quota);
                    distances.put(quota, 300 + random.nextInt(6_000));
                }
            }
            candidates.sort((a, b) -> Integer.compare(distances.get(a), distances.get(b)));
            List<String> wishes = p % 4 == 0 ? List.of("2000" + random.nextInt(schoolCount)) : List.of();
            String published = p == 5 ? "20001" : null;
            placements.add(new PupilPlacement(new PupilProfile("P" + (100 + p), grade, familyId,
                    p % 3 == 0 ? "05766044" : "05766020", wishes, published, 2_000, 1_000 + random.nextInt(300)),
                    candidates, distances));
        }
        if (pins) {
            String previous = null;
            Map<SchoolQuota, Integer> pinned = new HashMap<>();
            for (PupilPlacement p : placements) {
                if (p.getFamilyId() != null && !p.getFamilyId().equals(previous)) {
                    // Pins respect the places, as an administrator's override must.
                    p.getCandidates().stream().filter(q -> pinned.getOrDefault(q, 0) < q.getFreePlaces())
                            .skip(random.nextInt(2)).findFirst().ifPresent(q -> {
                                p.pin(q);
                                pinned.merge(q, 1, Integer::sum);
                            });
                }
                previous = p.getFamilyId();
            }
        }
        return new PlacementPlan(schools, quotas, placements, DEFAULTS);
    }

    private HardMediumSoftLongScore exhaustiveOptimum(PlacementPlan plan) {
        return Exhaustive.optimum(plan, scorer);
    }
}
