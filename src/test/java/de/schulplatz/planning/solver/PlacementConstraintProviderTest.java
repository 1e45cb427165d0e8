package de.schulplatz.planning.solver;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.PupilProfile;
import de.schulplatz.planning.domain.SchoolFact;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** One test pair per constraint: it penalises by the right amount, and not where it should not. */
class PlacementConstraintProviderTest {

    private static final GeoPoint DETMOLD = new GeoPoint(51.9412, 8.8765);
    private static final String DETMOLD_KEY = "05766020";
    private static final String LEMGO_KEY = "05766044";

    private final ConstraintVerifier<PlacementConstraintProvider, PlacementPlan> verifier =
            ConstraintVerifier.build(new PlacementConstraintProvider(), PlacementPlan.class, PupilPlacement.class)
                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private final SchoolFact detmoldSchool = new SchoolFact("100001", DETMOLD_KEY, 200);
    private final SchoolFact lemgoSchool = new SchoolFact("100002", LEMGO_KEY, 400);
    private final SchoolQuota twoPlaces = quota(1, detmoldSchool, 2);
    private final SchoolQuota lemgoPlaces = quota(2, lemgoSchool, 5);

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
    void unassignedPupilCountsItsUrgencyWeight() {
        PupilPlacement waitingLong = unplaced(profile("A", null, List.of(), null, 1_300), twoPlaces);
        PupilPlacement noCandidates = new PupilPlacement(profile("B", null, List.of(), null, 1_000), List.of(), Map.of());
        verifier.verifyThat(PlacementConstraintProvider::unassignedPupil)
                .given(waitingLong, noCandidates, placed("C", twoPlaces, 50), twoPlaces)
                .penalizesBy(2_300);
    }

    @Test
    void travelDistancePenalisesMetres() {
        verifier.verifyThat(PlacementConstraintProvider::travelDistance)
                .given(placed("A", twoPlaces, 1_500), placed("B", twoPlaces, 2_250), twoPlaces)
                .penalizesBy(3_750);
    }

    @Test
    void travelDistanceIgnoresUnassignedPupils() {
        verifier.verifyThat(PlacementConstraintProvider::travelDistance)
                .given(unplaced(profile("A", null, List.of(), null, 1), twoPlaces), twoPlaces)
                .penalizesBy(0);
    }

    @Test
    void beyondThresholdPenalisesOnlyTheMetresAboveIt() {
        // grade 3: threshold 2 km; grade 7: 3.5 km
        PupilPlacement primary = placed(profile("A", null, List.of(), null, 1), twoPlaces, 2_600);
        PupilPlacement secondary = placed(new PupilProfile("B", 7, null, DETMOLD_KEY, List.of(), null, 3_500, 1),
                twoPlaces, 3_000);
        verifier.verifyThat(PlacementConstraintProvider::distanceBeyondThreshold)
                .given(primary, secondary, twoPlaces)
                .penalizesBy(600);
    }

    @Test
    void siblingsApartPenalisesEachSeparatedPairThatCouldShare() {
        Map<SchoolQuota, Integer> both = Map.of(twoPlaces, 1_000, lemgoPlaces, 2_000);
        PupilPlacement a = placed(new PupilPlacement(profile("A", "F1", List.of(), null, 1), List.of(twoPlaces, lemgoPlaces), both), twoPlaces);
        PupilPlacement b = placed(new PupilPlacement(profile("B", "F1", List.of(), null, 1), List.of(twoPlaces, lemgoPlaces), both), lemgoPlaces);
        PupilPlacement c = placed(new PupilPlacement(profile("C", "F1", List.of(), null, 1), List.of(twoPlaces, lemgoPlaces), both), lemgoPlaces);
        // A is apart from B and from C; B and C are together
        verifier.verifyThat(PlacementConstraintProvider::siblingsApart)
                .given(a, b, c, twoPlaces, lemgoPlaces)
                .penalizesBy(2);
    }

    @Test
    void siblingsWithoutACommonSchoolAreNotPenalised() {
        PupilPlacement a = placed(new PupilPlacement(profile("A", "F1", List.of(), null, 1), List.of(twoPlaces),
                Map.of(twoPlaces, 1_000)), twoPlaces);
        PupilPlacement b = placed(new PupilPlacement(profile("B", "F1", List.of(), null, 1), List.of(lemgoPlaces),
                Map.of(lemgoPlaces, 1_000)), lemgoPlaces);
        PupilPlacement unrelated = placed("C", lemgoPlaces, 10);
        verifier.verifyThat(PlacementConstraintProvider::siblingsApart)
                .given(a, b, unrelated, twoPlaces, lemgoPlaces)
                .penalizesBy(0);
    }

    @Test
    void wishMissedPenalisesByRank() {
        List<String> wishes = List.of("100002", "100001");
        PupilPlacement secondWish = placed(profile("A", null, wishes, null, 1), twoPlaces, 100);
        PupilPlacement firstWish = placed(profile("B", null, wishes, null, 1), lemgoPlaces, 100);
        PupilPlacement noWishMet = placed(profile("C", null, List.of("999999"), null, 1), twoPlaces, 100);
        PupilPlacement noWishes = placed("D", twoPlaces, 100);
        verifier.verifyThat(PlacementConstraintProvider::wishMissed)
                .given(secondWish, firstWish, noWishMet, noWishes, twoPlaces, lemgoPlaces)
                .penalizesBy(1 + PupilPlacement.NO_WISH_MET);
    }

    @Test
    void fairSpreadIsConvexInNewcomersPerSchoolSize() {
        // Detmold school (200 pupils): 2 newcomers -> 1000*4/200 = 20; Lemgo (400): 1 -> 1000*1/400 = 2.5, rounded 3
        verifier.verifyThat(PlacementConstraintProvider::fairSpread)
                .given(placed("A", twoPlaces, 1), placed("B", twoPlaces, 1), placed("C", lemgoPlaces, 1),
                        twoPlaces, lemgoPlaces)
                .penalizesBy(23);
    }

    @Test
    void fairSpreadPrefersTheProportionalSplit() {
        // Three newcomers at a school of 200 and one of 400 pupils. In proportion (1 and 2):
        // 1000·1²/200 + 1000·2²/400 = 5 + 10 = 15. The reverse (2 and 1): 1000·2²/200 + 1000·1²/400 = 20 + 2.5 → 23.
        verifier.verifyThat(PlacementConstraintProvider::fairSpread)
                .given(placed("A", twoPlaces, 1), placed("B", lemgoPlaces, 1), placed("C", lemgoPlaces, 1),
                        twoPlaces, lemgoPlaces)
                .penalizesBy(15);
        verifier.verifyThat(PlacementConstraintProvider::fairSpread)
                .given(placed("A", twoPlaces, 1), placed("B", twoPlaces, 1), placed("C", lemgoPlaces, 1),
                        twoPlaces, lemgoPlaces)
                .penalizesBy(23);
    }

    @Test
    void outsideHomeMunicipalityPenalisesOncePerPupil() {
        verifier.verifyThat(PlacementConstraintProvider::outsideHomeMunicipality)
                .given(placed("A", lemgoPlaces, 5_000), placed("B", twoPlaces, 100), lemgoPlaces, twoPlaces)
                .penalizesBy(1);
    }

    @Test
    void publishedPlacementChangedPenalisesMovesAndWithdrawals() {
        PupilPlacement stays = placed(profile("A", null, List.of(), "100001", 1), twoPlaces, 100);
        PupilPlacement moved = placed(new PupilPlacement(profile("B", null, List.of(), "100001", 1),
                List.of(twoPlaces, lemgoPlaces), Map.of(twoPlaces, 100, lemgoPlaces, 200)), lemgoPlaces);
        PupilPlacement dropped = unplaced(profile("C", null, List.of(), "100001", 1), twoPlaces);
        PupilPlacement neverPublished = placed("D", lemgoPlaces, 100);
        verifier.verifyThat(PlacementConstraintProvider::publishedChange)
                .given(stays, moved, dropped, neverPublished, twoPlaces, lemgoPlaces)
                .penalizesBy(2);
    }

    private static SchoolQuota quota(int id, SchoolFact school, int freePlaces) {
        return new SchoolQuota(id, school, SchoolForm.GS, GroupKind.DEUTSCHFOERDERUNG, DETMOLD, 1, 4, freePlaces);
    }

    private static PupilProfile profile(String caseNumber, String familyId, List<String> wishes, String published,
            long unassignedWeight) {
        return new PupilProfile(caseNumber, 3, familyId, DETMOLD_KEY, wishes, published, 2_000, unassignedWeight);
    }

    private static PupilPlacement placed(String caseNumber, SchoolQuota quota, int metres) {
        return placed(profile(caseNumber, null, List.of(), null, 1), quota, metres);
    }

    private static PupilPlacement placed(PupilProfile profile, SchoolQuota quota, int metres) {
        return placed(new PupilPlacement(profile, List.of(quota), Map.of(quota, metres)), quota);
    }

    private static PupilPlacement placed(PupilPlacement placement, SchoolQuota quota) {
        placement.setQuota(quota);
        return placement;
    }

    private static PupilPlacement unplaced(PupilProfile profile, SchoolQuota candidate) {
        Map<SchoolQuota, Integer> distances = new HashMap<>();
        distances.put(candidate, 1_000);
        return new PupilPlacement(profile, List.of(candidate), distances);
    }
}
