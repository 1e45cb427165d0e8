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
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;

/** The real solver on instances where only moving siblings together improves the plan. */
class FamilySolverTest {

    private static final String MUNICIPALITY = "05766020";
    private static final PlacementWeights TRAVEL_AND_SIBLINGS = new PlacementWeights(1, 0, 10_000, 0, 0, 0, 0);

    @Test
    void siblingsEndAtTheSharedSchool() {
        PlacementPlan solved = solve(PlacementSolverConfig.create(Duration.ofSeconds(20), Duration.ofSeconds(2)),
                siblingsWithDifferentNearestSchools());

        assertThat(solved.getPlacements()).extracting(PupilPlacement::schoolNumber).containsOnly("100003");
        assertThat(solved.getScore()).isEqualTo(HardMediumSoftLongScore.ofSoft(-1_500 - 1_600));
    }

    /**
     * Why the family move exists: with change and swap moves alone late acceptance never leaves the start
     * (simulated annealing, used now, may by chance while it is hot; the family move does not rely on that).
     */
    @Test
    void singleMovesAloneStayWithSiblingsApart() {
        SolverConfig config = PlacementSolverConfig.create(Duration.ofSeconds(20), Duration.ofSeconds(1));
        LocalSearchPhaseConfig search = (LocalSearchPhaseConfig) config.getPhaseConfigList().get(1);
        search.setMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(new ChangeMoveSelectorConfig(),
                new SwapMoveSelectorConfig()));
        search.setAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(400));
        search.setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));

        PlacementPlan solved = solve(config, siblingsWithDifferentNearestSchools());

        assertThat(solved.getPlacements()).extracting(PupilPlacement::schoolNumber)
                .containsExactly("100001", "100002");
    }

    /**
     * FULL_ASSERT recalculates the score from scratch after every move and checks each undo move, so a
     * family move that forgets to notify the score director or restores the wrong quota fails here.
     */
    @Test
    void familyMovesKeepTheIncrementalScoreExactOnARandomInstance() {
        SolverConfig config = PlacementSolverConfig.create(Duration.ofSeconds(3), Duration.ofSeconds(1))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);

        PlacementPlan solved = solve(config, randomInstanceWithFamilies(new Random(11)));

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isZero();
    }

    private static PlacementPlan solve(SolverConfig config, PlacementPlan problem) {
        return SolverFactory.<PlacementPlan>create(config).buildSolver().solve(problem);
    }

    /**
     * A (grade 2) lives 1 km from X, B (grade 4) 1 km from Y; both could go to Z, each through the quota
     * of its own grade range. Construction puts them at X and Y; moving either alone to Z adds travel while
     * they are still apart, so only both together pay off (3.1 km instead of 2 km + 10,000 apart).
     */
    private static PlacementPlan siblingsWithDifferentNearestSchools() {
        SchoolFact schoolX = school("100001");
        SchoolFact schoolY = school("100002");
        SchoolFact schoolZ = school("100003");
        SchoolQuota x = quota(1, schoolX, 1, 4, 3);
        SchoolQuota y = quota(2, schoolY, 1, 4, 3);
        SchoolQuota zLower = quota(3, schoolZ, 1, 2, 3);
        SchoolQuota zUpper = quota(4, schoolZ, 3, 4, 3);
        PupilPlacement a = pupil("A", 2, "F1", List.of(x, zLower), Map.of(x, 1_000, zLower, 1_500));
        PupilPlacement b = pupil("B", 4, "F1", List.of(y, zUpper), Map.of(y, 1_000, zUpper, 1_600));
        return new PlacementPlan(List.of(schoolX, schoolY, schoolZ), List.of(x, y, zLower, zUpper),
                List.of(a, b), TRAVEL_AND_SIBLINGS);
    }

    /** Four sibling pairs, a child whose siblings are not in the plan, three only children; six schools. */
    private static PlacementPlan randomInstanceWithFamilies(Random random) {
        List<SchoolFact> schools = new ArrayList<>();
        List<SchoolQuota> quotas = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            SchoolFact school = school(String.format("%06d", 100_001 + s));
            schools.add(school);
            quotas.add(quota(quotas.size() + 1, school, 1, 2, 1 + random.nextInt(3)));
            quotas.add(quota(quotas.size() + 1, school, 3, 4, 1 + random.nextInt(3)));
        }
        List<PupilPlacement> pupils = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            int grade = 1 + random.nextInt(4);
            String familyId = p < 9 ? "F" + p / 2 : null;
            List<SchoolQuota> candidates = new ArrayList<>();
            Map<SchoolQuota, Integer> distances = new HashMap<>();
            for (SchoolQuota quota : quotas) {
                if (quota.covers(grade) && random.nextInt(3) > 0) {
                    candidates.add(quota);
                    distances.put(quota, 200 + random.nextInt(5_000));
                }
            }
            candidates.sort((q1, q2) -> Integer.compare(distances.get(q1), distances.get(q2)));
            pupils.add(pupil("P" + (10 + p), grade, familyId, candidates, distances));
        }
        return new PlacementPlan(schools, quotas, pupils, TRAVEL_AND_SIBLINGS);
    }

    private static SchoolFact school(String number) {
        return new SchoolFact(number, MUNICIPALITY, 200);
    }

    private static SchoolQuota quota(int id, SchoolFact school, int gradeFrom, int gradeTo, int freePlaces) {
        return new SchoolQuota(id, school, SchoolForm.GS, GroupKind.DEUTSCHFOERDERUNG, new GeoPoint(51.9, 8.8),
                gradeFrom, gradeTo, freePlaces);
    }

    private static PupilPlacement pupil(String caseNumber, int grade, String familyId, List<SchoolQuota> candidates,
            Map<SchoolQuota, Integer> distances) {
        return new PupilPlacement(new PupilProfile(caseNumber, grade, familyId, MUNICIPALITY, List.of(), null, 2_000, 1),
                candidates, distances);
    }
}
