package de.schulplatz.planning.solver;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.schoolsystem.SchoolForm;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class PlacementConstraintProviderTest {

    private static final GeoPoint DETMOLD = new GeoPoint(51.9412, 8.8765);

    private final ConstraintVerifier<PlacementConstraintProvider, PlacementPlan> verifier =
            ConstraintVerifier.build(new PlacementConstraintProvider(), PlacementPlan.class, PupilPlacement.class)
                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private final SchoolQuota twoPlaces = new SchoolQuota(1, "100001", SchoolForm.GS, DETMOLD, 1, 4, 2);

    @Test
    void freePlacesExceededPenalisesTheOverflow() {
        verifier.verifyThat(PlacementConstraintProvider::freePlacesExceeded)
                .given(placed("A", twoPlaces, 100), placed("B", twoPlaces, 200), placed("C", twoPlaces, 300),
                        placed("D", twoPlaces, 400), twoPlaces)
                .penalizesBy(2);
    }

    @Test
    void freePlacesExactlyUsedIsFine() {
        verifier.verifyThat(PlacementConstraintProvider::freePlacesExceeded)
                .given(placed("A", twoPlaces, 100), placed("B", twoPlaces, 200), twoPlaces)
                .penalizesBy(0);
    }

    @Test
    void unassignedPupilCountsOncePerPupil() {
        PupilPlacement waiting = new PupilPlacement("A", 3, List.of(twoPlaces), Map.of(twoPlaces, 100));
        PupilPlacement noCandidates = new PupilPlacement("B", 3, List.of(), Map.of());
        verifier.verifyThat(PlacementConstraintProvider::unassignedPupil)
                .given(waiting, noCandidates, placed("C", twoPlaces, 50), twoPlaces)
                .penalizesBy(2);
    }

    @Test
    void travelDistancePenalisesMetres() {
        verifier.verifyThat(PlacementConstraintProvider::travelDistance)
                .given(placed("A", twoPlaces, 1_500), placed("B", twoPlaces, 2_250), twoPlaces)
                .penalizesBy(3_750);
    }

    @Test
    void travelDistanceIgnoresUnassignedPupils() {
        PupilPlacement waiting = new PupilPlacement("A", 3, List.of(twoPlaces), Map.of(twoPlaces, 1_000));
        verifier.verifyThat(PlacementConstraintProvider::travelDistance)
                .given(waiting, twoPlaces)
                .penalizesBy(0);
    }

    private static PupilPlacement placed(String caseNumber, SchoolQuota quota, int metres) {
        PupilPlacement placement = new PupilPlacement(caseNumber, 3, List.of(quota), Map.of(quota, metres));
        placement.setQuota(quota);
        return placement;
    }
}
