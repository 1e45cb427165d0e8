package de.schulplatz.planning;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.geo.Address;
import de.schulplatz.geo.GeoPoint;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.RuleSettings;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schools.School;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Places and intake in time: places free only later are reserved, not planned; groups admit on their
 * intake days; young adults go to "Fit für mehr"; primary pupils to the nearest Grundschule when the district
 * says so; the school form stays from grade 9 in a re-plan; settled pupils can be left out.
 */
class PlacesInTimeTest {

    /** A Wednesday in December: the next FFM intake is 1 February, the next IFK intake 1 August. */
    private static final LocalDate PLANNING_DATE = LocalDate.of(2026, 12, 2);

    private final List<School> schools = new ArrayList<>();
    private final Map<String, List<PlaceQuota>> quotas = new HashMap<>();

    @Test
    void aPlaceFreeNextMonthIsReservedAsPlatzAbNotPlanned() {
        school("200001", SchoolForm.GS, 51.941, 8.871);
        quotas.put("200001", List.of(new PlaceQuota("200001", GroupKind.DEUTSCHFOERDERUNG, 1, 4, 1,
                LocalDate.of(2027, 1, 4), null, List.of())));
        Pupil child = pupil(LocalDate.of(2018, 5, 1)).build();

        CandidateFinder.Problem problem = finder(rules(false, false)).build(List.of(child), schools, quotas);

        assertThat(problem.plan().getPlacements().get(0).getCandidates()).isEmpty();
        LaterPlaces.Reservation reservation = problem.later().reserve(List.of("A"), problem.dates()).get("A");
        assertThat(reservation.place().schoolNumber()).isEqualTo("200001");
        assertThat(reservation.startDate()).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void laterPlacesGoToTheMostUrgentFirstAndAreNotOverbooked() {
        school("200001", SchoolForm.GS, 51.941, 8.871);
        quotas.put("200001", List.of(new PlaceQuota("200001", GroupKind.DEUTSCHFOERDERUNG, 1, 4, 1,
                LocalDate.of(2027, 1, 4), null, List.of())));
        Pupil first = pupil(LocalDate.of(2018, 5, 1)).caseNumber("A").build();
        Pupil second = pupil(LocalDate.of(2018, 5, 1)).caseNumber("B").build();

        CandidateFinder.Problem problem = finder(rules(false, false)).build(List.of(first, second), schools, quotas);

        assertThat(problem.later().reserve(List.of("B", "A"), problem.dates())).containsOnlyKeys("B");
    }

    @Test
    void aReportThatEndedBeforeThePlanningDateIsNotPlanned() {
        school("200001", SchoolForm.GS, 51.941, 8.871);
        PlaceQuota ended = new PlaceQuota("200001", GroupKind.DEUTSCHFOERDERUNG, 1, 4, 3, null,
                LocalDate.of(2026, 11, 30), List.of());
        quotas.put("200001", List.of(ended));

        CandidateFinder.Problem problem = finder(rules(false, false))
                .build(List.of(pupil(LocalDate.of(2018, 5, 1)).build()), schools, quotas);

        assertThat(problem.plan().getQuotas()).isEmpty();
        assertThat(problem.dates().expiredReports()).containsExactly(ended);
    }

    @Test
    void theIfkAdmitsOnFirstAugustUnlessTheSchoolReportsItsOwnDays() {
        school("300001", SchoolForm.BK, 51.941, 8.871);
        school("300002", SchoolForm.BK, 51.942, 8.871);
        quotas.put("300001", List.of(new PlaceQuota("300001", GroupKind.IFK, 11, 13, 5)));
        quotas.put("300002", List.of(new PlaceQuota("300002", GroupKind.IFK, 11, 13, 5, null, null,
                List.of(MonthDay.of(2, 1), MonthDay.of(8, 1)))));
        Pupil sixteen = pupil(LocalDate.of(2010, 3, 1)).build();

        CandidateFinder.Problem problem = finder(rules(false, false)).build(List.of(sixteen), schools, quotas);

        Map<String, LocalDate> start = startDates(problem);
        assertThat(start).containsEntry("300001", LocalDate.of(2027, 8, 1)).containsEntry("300002", LocalDate.of(2027, 2, 1));
        assertThat(ReasonTexts.intakeLater(LocalDate.of(2027, 8, 1), GroupKind.IFK))
                .isEqualTo("Aufnahme zum 01.08.2027 (Aufnahmetermin der Internationalen Förderklasse)");
    }

    @Test
    void youngAdultsGoToFitFuerMehrWithItsIntakeDays() {
        school("300001", SchoolForm.BK, 51.941, 8.871);
        quotas.put("300001", List.of(new PlaceQuota("300001", GroupKind.IFK, 11, 13, 5),
                new PlaceQuota("300001", GroupKind.FFM, 11, 13, 5)));
        Pupil twenty = pupil(LocalDate.of(2006, 3, 1)).build();

        CandidateFinder.Problem problem = finder(rules(true, false)).build(List.of(twenty), schools, quotas);

        PupilPlacement placement = problem.plan().getPlacements().get(0);
        assertThat(placement.getCandidates()).extracting(SchoolQuota::getGroupKind).containsExactly(GroupKind.FFM);
        assertThat(problem.dates().startDate(placement.getCandidates().get(0))).isEqualTo(LocalDate.of(2027, 2, 1));
    }

    @Test
    void olderThanTwentyFiveIsBeyondFitFuerMehr() {
        Eligibility rules = finder(rules(true, false)).eligibility(pupil(LocalDate.of(2000, 3, 1)).build());
        assertThat(ReasonTexts.unplaced(rules.notPlaceable())).startsWith("älter als 25 Jahre");
    }

    @Test
    void theNearestGrundschuleWithAFreePlaceWinsWhenTheSettingIsOn() {
        school("200001", SchoolForm.GS, 51.9405, 8.8705); // nearest, one place
        school("200002", SchoolForm.GS, 51.95, 8.88);
        school("200003", SchoolForm.GS, 51.96, 8.89);
        quotas.put("200001", List.of(new PlaceQuota("200001", GroupKind.DEUTSCHFOERDERUNG, 1, 4, 1)));
        quotas.put("200002", List.of(new PlaceQuota("200002", GroupKind.DEUTSCHFOERDERUNG, 1, 4, 1)));
        quotas.put("200003", List.of(new PlaceQuota("200003", GroupKind.DEUTSCHFOERDERUNG, 1, 4, 9)));
        Pupil waitingLong = pupil(LocalDate.of(2018, 5, 1)).caseNumber("L").registered(PLANNING_DATE.minusDays(200)).build();
        Pupil recent = pupil(LocalDate.of(2018, 5, 1)).caseNumber("R").registered(PLANNING_DATE.minusDays(5)).build();

        CandidateFinder.Problem on = finder(rules(false, true)).build(List.of(recent, waitingLong), schools, quotas);
        CandidateFinder.Problem off = finder(rules(false, false)).build(List.of(recent, waitingLong), schools, quotas);

        Map<String, PupilPlacement> byCase = new HashMap<>();
        on.plan().getPlacements().forEach(p -> byCase.put(p.getCaseNumber(), p));
        assertThat(byCase.get("L").isPinned()).isTrue();
        assertThat(byCase.get("L").schoolNumber()).isEqualTo("200001");
        assertThat(byCase.get("R").schoolNumber()).isEqualTo("200002");
        assertThat(on.nearestFirst()).containsExactlyInAnyOrder("L", "R");
        assertThat(off.plan().getPlacements()).noneMatch(PupilPlacement::isPinned);
        assertThat(off.nearestFirst()).isEmpty();
    }

    @Test
    void aPupilNowInGradeNineKeepsThePublishedSchoolFormInAReplan() {
        school("400001", SchoolForm.RS, 51.941, 8.871);
        school("400002", SchoolForm.GE, 51.942, 8.871);
        quotas.put("400001", List.of(new PlaceQuota("400001", GroupKind.DEUTSCHFOERDERUNG, 5, 10, 2)));
        quotas.put("400002", List.of(new PlaceQuota("400002", GroupKind.DEUTSCHFOERDERUNG, 5, 10, 2)));
        Pupil ninth = pupil(LocalDate.of(2011, 3, 1)).grade(9).forms(SchoolForm.RS, SchoolForm.GE).build();
        Pupil eighth = pupil(LocalDate.of(2012, 3, 1)).caseNumber("B").grade(8).forms(SchoolForm.RS, SchoolForm.GE).build();

        CandidateFinder.Problem problem = finder(rules(false, false)).build(List.of(ninth, eighth), schools, quotas,
                Map.of("A", "400001", "B", "400001"), ActiveOverrides.NONE);

        assertThat(problem.eligibility().get("A").allowedForms()).containsExactly(SchoolForm.RS);
        assertThat(problem.eligibility().get("B").allowedForms()).containsExactlyInAnyOrder(SchoolForm.RS, SchoolForm.GE);
    }

    @Test
    void pupilsWithTwoSchoolYearsInGermanyAreLeftOutOnlyWhenTheSettingSaysSo() {
        Pupil settled = pupil(LocalDate.of(2015, 3, 1)).germanSchoolYears(2).build();
        RuleSettings exclude = new RuleSettings(false, false, 15, 25, 40, 0, false, true, 25, List.of("01.08."),
                List.of("01.11.", "01.02.", "01.05."));

        assertThat(finder(rules(false, false)).eligibility(settled).notPlaceable()).isNull();
        assertThat(ReasonTexts.unplaced(finder(exclude).eligibility(settled).notPlaceable()))
                .startsWith("nicht eingeplant: seit 2 Schuljahren in Deutschland");
    }

    private static Map<String, LocalDate> startDates(CandidateFinder.Problem problem) {
        Map<String, LocalDate> result = new HashMap<>();
        problem.plan().getPlacements().get(0).getCandidates()
                .forEach(quota -> result.put(quota.getSchoolNumber(), problem.dates().startDate(quota)));
        return result;
    }

    private static RuleSettings rules(boolean placeAdults, boolean primaryNearestFirst) {
        return new RuleSettings(placeAdults, false, 15, 25, 40, 0, primaryNearestFirst, false, 25, List.of("01.08."),
                List.of("01.11.", "01.02.", "01.05."));
    }

    private static CandidateFinder finder(RuleSettings rules) {
        return new CandidateFinder(PLANNING_DATE, new PlanningSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), 50),
                rules, new WeightSettings(1, 2, 5000, 1500, 10, 1000, 20000, 1000, 500, 1));
    }

    private void school(String number, SchoolForm form, double lat, double lon) {
        schools.add(new School(number, "Schule " + number, form, true,
                new Address(null, null, "Detmold", "05766020", new GeoPoint(lat, lon), false),
                "Schulamt für den Kreis Lippe", 300, true, true, List.of()));
    }

    private static CandidateFinderTest.PupilBuilder pupil(LocalDate birthDate) {
        return new CandidateFinderTest.PupilBuilder(birthDate);
    }
}
