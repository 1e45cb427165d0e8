package de.schulplatz.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * The family move against the real Bavet score director, so a forgotten before/afterVariableChanged shows
 * up as a wrong incremental score.
 */
class FamilyChangeMoveTest {

    private static final String MUNICIPALITY = "05766020";
    private static final long SIBLINGS_APART = 10_000;

    // Siblings A (grade 2) and B (grade 4): nearest schools X and Y differ; school Z takes both, but
    // through two quotas for different grade ranges.
    private final SchoolFact schoolX = new SchoolFact("100001", MUNICIPALITY, 200);
    private final SchoolFact schoolY = new SchoolFact("100002", MUNICIPALITY, 200);
    private final SchoolFact schoolZ = new SchoolFact("100003", MUNICIPALITY, 200);
    private final SchoolQuota x = quota(1, schoolX, 1, 4);
    private final SchoolQuota y = quota(2, schoolY, 1, 4);
    private final SchoolQuota zLower = quota(3, schoolZ, 1, 2);
    private final SchoolQuota zUpper = quota(4, schoolZ, 3, 4);
    private final PupilPlacement a = pupil("A", 2, "F1", List.of(x, zLower), Map.of(x, 1_000, zLower, 1_500));
    private final PupilPlacement b = pupil("B", 4, "F1", List.of(y, zUpper), Map.of(y, 1_000, zUpper, 1_600));
    private final PlacementPlan plan = new PlacementPlan(List.of(schoolX, schoolY, schoolZ),
            List.of(x, y, zLower, zUpper), new ArrayList<>(List.of(a, b)), weights());

    @Test
    void movesEverySiblingToTheTargetSchoolWithItsOwnQuota() {
        a.setQuota(x);
        b.setQuota(y);
        InnerScoreDirector<PlacementPlan, HardMediumSoftLongScore> scoreDirector = scoreDirector(plan);
        assertThat(scoreDirector.calculateScore()).isEqualTo(HardMediumSoftLongScore.ofSoft(-2_000 - SIBLINGS_APART));

        FamilyChangeMove move = FamilyChangeMove.toSchool("F1", List.of(a, b), "100003");
        assertThat(move.isMoveDoable(scoreDirector)).isTrue();
        move.doMoveOnly(scoreDirector);

        assertThat(a.getQuota()).isSameAs(zLower);
        assertThat(b.getQuota()).isSameAs(zUpper);
        assertThat(scoreDirector.calculateScore()).isEqualTo(HardMediumSoftLongScore.ofSoft(-3_100));
        assertThat(scoreDirector.calculateScore()).isEqualTo(scoreFromScratch(plan));
    }

    @Test
    void undoRestoresQuotasAndScoreIncludingAnUnassignedSibling() {
        a.setQuota(x);
        b.setQuota(null);
        InnerScoreDirector<PlacementPlan, HardMediumSoftLongScore> scoreDirector = scoreDirector(plan);
        HardMediumSoftLongScore before = scoreDirector.calculateScore();

        FamilyChangeMove move = FamilyChangeMove.toSchool("F1", List.of(a, b), "100003");
        Move<PlacementPlan> undo = move.doMove(scoreDirector);
        assertThat(b.getQuota()).isSameAs(zUpper);
        assertThat(undo.isMoveDoable(scoreDirector)).isTrue();
        undo.doMoveOnly(scoreDirector);

        assertThat(a.getQuota()).isSameAs(x);
        assertThat(b.getQuota()).isNull();
        assertThat(scoreDirector.calculateScore()).isEqualTo(before);
    }

    @Test
    void notDoableWhenTheFamilyIsAlreadyThere() {
        a.setQuota(zLower);
        b.setQuota(zUpper);
        InnerScoreDirector<PlacementPlan, HardMediumSoftLongScore> scoreDirector = scoreDirector(plan);

        assertThat(FamilyChangeMove.toSchool("F1", List.of(a, b), "100003").isMoveDoable(scoreDirector)).isFalse();
    }

    @Test
    void leavesPinnedSiblingsOutAndRefusesASchoolThatIsNoCandidate() {
        PupilPlacement withoutCandidates = pupil("C", 3, "F1", List.of(), Map.of());

        FamilyChangeMove move = FamilyChangeMove.toSchool("F1", List.of(a, withoutCandidates, b), "100003");

        assertThat(move.getPlanningEntities()).containsExactly(a, b);
        assertThat(move.getPlanningValues()).containsExactly(zLower, zUpper);
        assertThatThrownBy(() -> FamilyChangeMove.toSchool("F1", List.of(a, b), "100001"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rebaseFindsTheMembersAndQuotasOfAnotherWorkingSolution() {
        a.setQuota(x);
        b.setQuota(y);
        InnerScoreDirector<PlacementPlan, HardMediumSoftLongScore> scoreDirector = scoreDirector(plan);
        PlacementPlan clone = scoreDirector.cloneWorkingSolution();
        InnerScoreDirector<PlacementPlan, HardMediumSoftLongScore> cloneDirector = scoreDirector(clone);

        FamilyChangeMove rebased = FamilyChangeMove.toSchool("F1", List.of(a, b), "100003").rebase(cloneDirector);

        assertThat(rebased.getPlanningEntities()).containsExactlyElementsOf(clone.getPlacements());
        rebased.doMoveOnly(cloneDirector);
        assertThat(clone.getPlacements()).extracting(PupilPlacement::schoolNumber).containsOnly("100003");
        assertThat(a.getQuota()).isSameAs(x);
    }

    @Test
    void equalMovesForTheSameTargets() {
        FamilyChangeMove first = new FamilyChangeMove("F1", List.of(a, b), List.of(zLower, zUpper));
        FamilyChangeMove second = new FamilyChangeMove("F1", List.of(a, b), List.of(zLower, zUpper));

        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
        assertThat(first).isNotEqualTo(new FamilyChangeMove("F1", List.of(a, b), List.of(x, y)));
        assertThat(first.toString()).contains("A", "100003");
    }

    @Test
    void factoryOffersOneMovePerCommonSchoolAndIgnoresSingleChildren() {
        PupilPlacement single = pupil("D", 3, null, List.of(x, zUpper), Map.of(x, 100, zUpper, 200));
        plan.getPlacements().add(single);
        InnerScoreDirector<PlacementPlan, HardMediumSoftLongScore> scoreDirector = scoreDirector(plan);
        FamilyMoveIteratorFactory factory = new FamilyMoveIteratorFactory();
        factory.phaseStarted(scoreDirector);

        assertThat(factory.getSize(scoreDirector)).isEqualTo(1);
        List<FamilyChangeMove> moves = new ArrayList<>();
        factory.createOriginalMoveIterator(scoreDirector).forEachRemaining(moves::add);
        assertThat(moves).containsExactly(new FamilyChangeMove("F1", List.of(a, b), List.of(zLower, zUpper)));

        Iterator<FamilyChangeMove> random = factory.createRandomMoveIterator(scoreDirector, new Random(1));
        for (int i = 0; i < 5; i++) {
            assertThat(random.hasNext()).isTrue();
            assertThat(random.next()).isEqualTo(moves.get(0));
        }
    }

    @Test
    void factoryRandomIteratorIsEmptyWithoutAFamilyOfTwoMovableSiblings() {
        // E's only sibling C has no candidates and is therefore pinned: E alone is no family to move.
        PupilPlacement pinnedSibling = pupil("C", 3, "F2", List.of(), Map.of());
        PupilPlacement onlyChild = pupil("E", 2, "F2", List.of(x), Map.of(x, 100));
        PlacementPlan noFamilies = new PlacementPlan(List.of(schoolX), List.of(x),
                List.of(pinnedSibling, onlyChild), weights());
        InnerScoreDirector<PlacementPlan, HardMediumSoftLongScore> scoreDirector = scoreDirector(noFamilies);
        FamilyMoveIteratorFactory factory = new FamilyMoveIteratorFactory();

        assertThat(factory.getSize(scoreDirector)).isZero();
        assertThat(factory.createRandomMoveIterator(scoreDirector, new Random(1)).hasNext()).isFalse();
        assertThat(factory.createOriginalMoveIterator(scoreDirector).hasNext()).isFalse();
    }

    @Test
    void factoryEnumeratesEveryQuotaCombinationWhenASiblingHasSeveralAtTheSchool() {
        SchoolQuota zLiteracy = new SchoolQuota(5, schoolZ, SchoolForm.GS, GroupKind.ALPHABETISIERUNG,
                new GeoPoint(51.9, 8.8), 1, 4, 1);
        PupilPlacement c = pupil("C", 3, "F1", List.of(zUpper, zLiteracy), Map.of(zUpper, 900, zLiteracy, 900));
        plan.getPlacements().add(c);
        InnerScoreDirector<PlacementPlan, HardMediumSoftLongScore> scoreDirector = scoreDirector(plan);
        FamilyMoveIteratorFactory factory = new FamilyMoveIteratorFactory();

        List<FamilyChangeMove> moves = new ArrayList<>();
        factory.createOriginalMoveIterator(scoreDirector).forEachRemaining(moves::add);

        assertThat(factory.getSize(scoreDirector)).isEqualTo(2);
        assertThat(moves).extracting(FamilyChangeMove::getToQuotas).containsExactly(
                List.of(zLower, zUpper, zUpper), List.of(zLower, zUpper, zLiteracy));
    }

    private static PlacementWeights weights() {
        return new PlacementWeights(1, 0, SIBLINGS_APART, 0, 0, 0, 0);
    }

    private static InnerScoreDirector<PlacementPlan, HardMediumSoftLongScore> scoreDirector(PlacementPlan plan) {
        DefaultSolverFactory<PlacementPlan> solverFactory = (DefaultSolverFactory<PlacementPlan>) SolverFactory
                .<PlacementPlan>create(PlacementSolverConfig.create(Duration.ofSeconds(1), Duration.ofSeconds(1)));
        InnerScoreDirector<PlacementPlan, HardMediumSoftLongScore> scoreDirector = solverFactory
                .<HardMediumSoftLongScore>getScoreDirectorFactory().buildScoreDirector(true, false);
        scoreDirector.setWorkingSolution(plan);
        return scoreDirector;
    }

    private static HardMediumSoftLongScore scoreFromScratch(PlacementPlan plan) {
        try (InnerScoreDirector<PlacementPlan, HardMediumSoftLongScore> fresh = scoreDirector(plan)) {
            return fresh.calculateScore();
        }
    }

    private static SchoolQuota quota(int id, SchoolFact school, int gradeFrom, int gradeTo) {
        return new SchoolQuota(id, school, SchoolForm.GS, GroupKind.DEUTSCHFOERDERUNG, new GeoPoint(51.9, 8.8),
                gradeFrom, gradeTo, 5);
    }

    private static PupilPlacement pupil(String caseNumber, int grade, String familyId, List<SchoolQuota> candidates,
            Map<SchoolQuota, Integer> distances) {
        return new PupilPlacement(new PupilProfile(caseNumber, grade, familyId, MUNICIPALITY, List.of(), null, 2_000, 1),
                candidates, distances);
    }
}
