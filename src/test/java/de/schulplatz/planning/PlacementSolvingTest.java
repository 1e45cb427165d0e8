package de.schulplatz.planning;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PlacementWeights;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.PupilProfile;
import de.schulplatz.planning.domain.SchoolFact;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.planning.flow.FlowPlanner;
import de.schulplatz.runs.RunProgress;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** A plan that reaches the proven bound cannot be improved: solving ends there and says so. */
class PlacementSolvingTest {

    /** Without families the min-cost flow's plan is the exact optimum (FlowPlannerTest), so it reaches its bound. */
    private static final PlacementWeights NO_SIBLINGS = new PlacementWeights(1, 2, 0, 1_500, 10, 1_000, 20_000);
    // Long limits: only reaching the bound can end these solves soon.
    private final PlacementSolving solving = new PlacementSolving(
            new PlanningSettings(Duration.ofSeconds(40), Duration.ofSeconds(20), 10), new RunProgress());

    @Test
    void aStartPlanAtTheBoundIsProvenOptimalWithoutSearching() {
        PlacementPlan plan = instance();
        FlowPlanner.Result flow = FlowPlanner.solve(plan);
        flow.applyTo(plan);

        PlacementSolving.Solved solved = solving.solve(1, plan, System.nanoTime(), bound(flow));

        assertThat(solved.provenOptimal()).isTrue();
        assertThat(solved.plan()).isSameAs(plan);
        assertThat(solving.score(solved.plan())).isEqualTo(bound(flow));
    }

    @Test
    void searchEndsWhenTheBestPlanReachesTheBound() {
        PlacementPlan plan = instance();
        FlowPlanner.Result flow = FlowPlanner.solve(plan);
        // Start from nothing placed: the search has to find the optimum, then stops at it.
        PlacementSolving.Solved solved = solving.solve(2, plan, System.nanoTime(), bound(flow));

        assertThat(solved.provenOptimal()).isTrue();
        assertThat(solving.score(solved.plan())).isEqualTo(bound(flow));
    }

    @Test
    void withoutAProvenBoundNothingIsClaimed() {
        PlacementSolving quick = new PlacementSolving(
                new PlanningSettings(Duration.ofSeconds(2), Duration.ofMillis(200), 10), new RunProgress());
        PlacementPlan plan = instance();
        FlowPlanner.solve(plan).applyTo(plan);

        assertThat(quick.solve(3, plan, System.nanoTime(), null).provenOptimal()).isFalse();
    }

    private static HardMediumSoftLongScore bound(FlowPlanner.Result flow) {
        assertThat(flow.exact()).isTrue();
        return HardMediumSoftLongScore.of(0, -flow.mediumPenalty(), -flow.boundSoft());
    }

    /** 6 pupils of no family, 3 primary schools with 2 places each at different distances. */
    private static PlacementPlan instance() {
        List<SchoolFact> schools = new ArrayList<>();
        List<SchoolQuota> quotas = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            SchoolFact school = new SchoolFact("20000" + i, "05766020", 200);
            schools.add(school);
            quotas.add(new SchoolQuota(i, school, SchoolForm.GS, GroupKind.DEUTSCHFOERDERUNG, new GeoPoint(51.9, 8.8),
                    1, 4, 2));
        }
        List<PupilPlacement> placements = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            Map<SchoolQuota, Integer> distances = new HashMap<>();
            for (SchoolQuota quota : quotas) {
                distances.put(quota, 500 + 700 * ((p + quota.getId()) % 3));
            }
            List<SchoolQuota> candidates = new ArrayList<>(quotas);
            candidates.sort((a, b) -> Integer.compare(distances.get(a), distances.get(b)));
            placements.add(new PupilPlacement(new PupilProfile("P" + p, 2, null, "05766020", List.of(), null, 2_000,
                    1_000), candidates, distances));
        }
        return new PlacementPlan(schools, quotas, placements, NO_SIBLINGS);
    }
}
