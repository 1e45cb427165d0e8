package de.schulplatz.planning;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.geo.Address;
import de.schulplatz.geo.GeoPoint;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schoolsystem.SchoolYear;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schools.School;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Eligibility: which schools a pupil may be offered at all. */
class CandidateFinderTest {

    private static final SchoolYear YEAR = new SchoolYear(2026);
    private static final GeoPoint HOME = new GeoPoint(51.94, 8.87);

    private final School grundschule = school("100001", SchoolForm.GS, 51.95, 8.88);
    private final School realschule = school("100002", SchoolForm.RS, 51.96, 8.89);
    private final School gymnasium = school("100003", SchoolForm.GY, 51.94, 8.871);
    private final School berufskolleg = school("100004", SchoolForm.BK, 51.97, 8.90);
    private final Map<String, List<PlaceQuota>> quotas = Map.of(
            "100001", List.of(new PlaceQuota("100001", 1, 4, 2)),
            "100002", List.of(new PlaceQuota("100002", 5, 6, 1), new PlaceQuota("100002", 7, 8, 0)),
            "100003", List.of(new PlaceQuota("100003", 5, 10, 3)),
            "100004", List.of(new PlaceQuota("100004", 11, 13, 9)));

    @Test
    void primaryPupilGetsOnlyTheGrundschule() {
        PupilPlacement placement = only(pupil("A", LocalDate.of(2018, 5, 1), Set.of(), null));
        assertThat(placement.getGrade()).isEqualTo(3);
        assertThat(placement.getCandidates()).extracting(SchoolQuota::getSchoolNumber).containsExactly("100001");
    }

    @Test
    void recommendationRestrictsTheForms() {
        PupilPlacement placement = only(pupil("A", LocalDate.of(2015, 2, 1), Set.of(SchoolForm.RS), null));
        assertThat(placement.getGrade()).isEqualTo(6);
        assertThat(placement.getCandidates()).extracting(SchoolQuota::getSchoolNumber).containsExactly("100002");
    }

    @Test
    void candidatesAreNearestFirstAndSkipFullQuotas() {
        // grade 7 per counsellor: the Realschule's 7-8 quota has no free place
        PupilPlacement placement = only(pupil("A", LocalDate.of(2015, 2, 1), Set.of(), 7));
        assertThat(placement.getCandidates()).extracting(SchoolQuota::getSchoolNumber).containsExactly("100003");
    }

    @Test
    void sixteenYearOldGoesToTheBerufskolleg() {
        PupilPlacement placement = only(pupil("A", LocalDate.of(2010, 3, 1), Set.of(), null));
        assertThat(placement.getGrade()).isEqualTo(11);
        assertThat(placement.getCandidates()).extracting(SchoolQuota::getSchoolNumber).containsExactly("100004");
    }

    @Test
    void adultsAreNotPlacedUnlessTheSettingSaysSo() {
        Pupil adult = pupil("A", LocalDate.of(2008, 8, 1), Set.of(), null);
        Eligibility rules = finder(false).eligibility(adult);
        assertThat(rules.notPlaceable()).contains("nicht mehr schulpflichtig");
        assertThat(finder(true).eligibility(adult).notPlaceable()).isNull();
    }

    @Test
    void childTooYoungIsNotPlacedWithTheYearOfSchoolEntry() {
        Eligibility rules = finder(false).eligibility(pupil("A", LocalDate.of(2020, 10, 1), Set.of(), null));
        assertThat(rules.notPlaceable()).contains("noch nicht schulpflichtig").contains("2027/28");
    }

    @Test
    void recommendationThatDoesNotTeachTheGradeIsExplained() {
        Eligibility rules = finder(false).eligibility(pupil("A", LocalDate.of(2018, 5, 1), Set.of(SchoolForm.GY), null));
        assertThat(rules.notPlaceable()).isEqualTo("keine der empfohlenen Schulformen (Gymnasium) unterrichtet Jahrgang 3");
    }

    private PupilPlacement only(Pupil pupil) {
        return finder(false).build(List.of(pupil), List.of(grundschule, realschule, gymnasium, berufskolleg), quotas)
                .plan().getPlacements().get(0);
    }

    private static CandidateFinder finder(boolean placeAdults) {
        return new CandidateFinder(YEAR, new PlanningSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), 50,
                placeAdults));
    }

    private static School school(String number, SchoolForm form, double lat, double lon) {
        return new School(number, "Schule " + number, form, true,
                new Address(null, null, "Detmold", "05766020", new GeoPoint(lat, lon), false),
                "Schulamt für den Kreis Lippe", null);
    }

    private static Pupil pupil(String caseNumber, LocalDate birthDate, Set<SchoolForm> forms, Integer grade) {
        return new Pupil(caseNumber, "Muster", "Kim", birthDate, "w",
                new Address(null, "32756", "Detmold", "05766020", HOME, false), "Arabisch", null, null, null, null,
                null, null, null, forms, grade, null, List.of(), false, null, null, null, null);
    }
}
