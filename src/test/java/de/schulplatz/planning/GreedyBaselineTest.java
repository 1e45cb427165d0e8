package de.schulplatz.planning;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Today's practice as the benchmark compares with it: first come, nearest place still free. */
class GreedyBaselineTest {

    private final SchoolQuota near = quota(0, 1);
    private final SchoolQuota far = quota(1, 1);
    private static final Comparator<PupilPlacement> BY_CASE = Comparator.comparing(PupilPlacement::getCaseNumber);

    @Test
    void whoComesFirstGetsTheNearestPlaceTheNextTheNextFreeOne() {
        PupilPlacement second = pupil("B", 100, 200);
        PupilPlacement first = pupil("A", 300, 400);

        GreedyBaseline.assignFirstComeNearestFree(plan(second, first), BY_CASE);

        assertThat(first.getQuota()).isSameAs(near);
        assertThat(second.getQuota()).isSameAs(far);
    }

    @Test
    void aPupilWhoseCandidatesAreFullStaysWithoutAPlace() {
        PupilPlacement a = pupil("A", 100, 200);
        PupilPlacement b = pupil("B", 100, 200);
        PupilPlacement c = pupil("C", 100, 200);

        GreedyBaseline.assignFirstComeNearestFree(plan(a, b, c), BY_CASE);

        assertThat(c.getQuota()).isNull();
    }

    @Test
    void aPinnedPupilKeepsItsPlaceAndTakesItFirst() {
        PupilPlacement pinned = pupil("Z", 900, 900);
        pinned.pin(near);
        PupilPlacement early = pupil("A", 100, 200);

        GreedyBaseline.assignFirstComeNearestFree(plan(early, pinned), BY_CASE);

        assertThat(pinned.getQuota()).isSameAs(near);
        assertThat(early.getQuota()).isSameAs(far);
    }

    @Test
    void theFiguresCountPlacedAndUnassignedAndTheWayToSchool() {
        PupilPlacement a = pupil("A", 1_000, 5_000);
        PupilPlacement b = pupil("B", 2_000, 3_000);
        PupilPlacement c = pupil("C", 100, 200);
        PlacementPlan plan = plan(a, b, c);
        GreedyBaseline.assignFirstComeNearestFree(plan, BY_CASE);
        HardMediumSoftLongScore score = HardMediumSoftLongScore.of(0, -1, -4_000);

        GreedyBaseline figures = GreedyBaseline.of(plan, score);

        // A at the near school (1 km), B at the far one (3 km), C left without a place; median of 1 and 3 km.
        assertThat(figures).isEqualTo(new GreedyBaseline(2, 1, 4_000, 2_000.0, score));
    }

    private PlacementPlan plan(PupilPlacement... pupils) {
        return new PlacementPlan(List.of(near.getSchool(), far.getSchool()), List.of(near, far), List.of(pupils),
                new PlacementWeights(1, 0, 0, 0, 0, 0, 0));
    }

    private PupilPlacement pupil(String caseNumber, int toNear, int toFar) {
        return new PupilPlacement(new PupilProfile(caseNumber, 3, null, "05766020", List.of(), null, 2_000, 1),
                List.of(near, far), Map.of(near, toNear, far, toFar));
    }

    private static SchoolQuota quota(int id, int freePlaces) {
        SchoolFact school = new SchoolFact(String.format("%06d", 100_000 + id), "05766020", 200);
        return new SchoolQuota(id, school, SchoolForm.GS, GroupKind.DEUTSCHFOERDERUNG, new GeoPoint(51.9, 8.8), 1, 4,
                freePlaces);
    }
}
