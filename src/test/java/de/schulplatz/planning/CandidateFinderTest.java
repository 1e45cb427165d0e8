package de.schulplatz.planning;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.schoolsystem.RuleSettings;
import de.schulplatz.geo.Address;
import de.schulplatz.geo.GeoPoint;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.pupils.LatinLiteracy;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schools.School;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Eligibility: which schools a pupil may be offered at all, and why none when none. */
class CandidateFinderTest {

    private static final LocalDate PLANNING_DATE = LocalDate.of(2026, 11, 21);
    private static final GeoPoint HOME = new GeoPoint(51.94, 8.87);

    private final List<School> schools = new ArrayList<>();
    private final Map<String, List<PlaceQuota>> quotas = new HashMap<>();

    CandidateFinderTest() {
        school("100001", SchoolForm.GS, 51.95, 8.88, true, true);
        quota("100001", GroupKind.DEUTSCHFOERDERUNG, 1, 4, 2);
        school("100002", SchoolForm.RS, 51.96, 8.89, false, true);
        quota("100002", GroupKind.DEUTSCHFOERDERUNG, 5, 6, 1);
        quota("100002", GroupKind.DEUTSCHFOERDERUNG, 7, 8, 0);
        school("100003", SchoolForm.GY, 51.94, 8.871, false, true);
        quota("100003", GroupKind.DEUTSCHFOERDERUNG, 5, 10, 3);
        quota("100003", GroupKind.ALPHABETISIERUNG, 5, 10, 1);
        school("100004", SchoolForm.BK, 51.97, 8.90, true, true);
        quota("100004", GroupKind.IFK, 11, 13, 9);
        school("100005", SchoolForm.GS, 51.941, 8.871, true, false); // private, does not take newcomers
        quota("100005", GroupKind.DEUTSCHFOERDERUNG, 1, 4, 5);
        school("100006", SchoolForm.GS, 52.30, 8.87, true, true); // 40 km north
        quota("100006", GroupKind.ALPHABETISIERUNG, 1, 4, 5);
    }

    @Test
    void primaryPupilGetsTheGrundschulenThatTakeNewcomers() {
        PupilPlacement placement = only(pupil(LocalDate.of(2018, 5, 1)).build());
        assertThat(placement.getGrade()).isEqualTo(3);
        assertThat(numbers(placement)).containsExactly("100001");
    }

    @Test
    void recommendationRestrictsTheForms() {
        PupilPlacement placement = only(pupil(LocalDate.of(2015, 2, 1)).forms(SchoolForm.RS).build());
        assertThat(placement.getGrade()).isEqualTo(6);
        assertThat(numbers(placement)).containsExactly("100002");
    }

    @Test
    void candidatesAreNearestFirstAndSkipFullQuotas() {
        PupilPlacement placement = only(pupil(LocalDate.of(2015, 2, 1)).grade(7).build());
        assertThat(numbers(placement)).containsExactly("100003");
    }

    @Test
    void pupilNotLiterateInLatinScriptNeedsALiteracyGroup() {
        PupilPlacement placement = only(pupil(LocalDate.of(2014, 2, 1)).literacy(LatinLiteracy.NEIN).build());
        assertThat(placement.getCandidates()).singleElement()
                .satisfies(q -> assertThat(q.getGroupKind()).isEqualTo(GroupKind.ALPHABETISIERUNG));
    }

    @Test
    void partialLiteracyCountsAsLiterateUnlessConfigured() {
        Pupil partly = pupil(LocalDate.of(2014, 2, 1)).literacy(LatinLiteracy.TEILWEISE).build();
        assertThat(finder(false, false).eligibility(partly).literacyGroup()).isEqualTo(GroupKind.DEUTSCHFOERDERUNG);
        assertThat(finder(false, true).eligibility(partly).literacyGroup()).isEqualTo(GroupKind.ALPHABETISIERUNG);
    }

    @Test
    void barrierFreeNeedKeepsOnlyBarrierFreeSchools() {
        Eligibility rules = rulesAfterBuild(pupil(LocalDate.of(2014, 2, 1)).barrierFree().build());
        assertThat(ReasonTexts.unplaced(rules.noCandidate()))
                .isEqualTo("keine barrierefreie Schule (Hauptschule/Realschule/PRIMUS-Schule/Sekundarschule/Gesamtschule/Gymnasium) hat einen freien Platz in Jahrgang 7");
    }

    @Test
    void schoolsBeyondTheDistanceLimitAreNotCandidates() {
        Eligibility rules = rulesAfterBuild(pupil(LocalDate.of(2018, 5, 1)).literacy(LatinLiteracy.NEIN).build());
        assertThat(ReasonTexts.unplaced(rules.noCandidate())).startsWith(
                "keine Schule (Grundschule/PRIMUS-Schule, Alphabetisierungsgruppe) mit freiem Platz in Jahrgang 3 innerhalb 15,0 km (nächste: 40");
    }

    @Test
    void sixteenYearOldGoesToTheBerufskollegIfk() {
        PupilPlacement placement = only(pupil(LocalDate.of(2010, 3, 1)).build());
        assertThat(placement.getGrade()).isEqualTo(11);
        assertThat(placement.getCandidates()).singleElement()
                .satisfies(q -> assertThat(q.getGroupKind()).isEqualTo(GroupKind.IFK));
    }

    @Test
    void olderPupilRecommendedForTheGymnasiumMayStillGoToTheBerufskolleg() {
        Eligibility rules = finder(false, false).eligibility(pupil(LocalDate.of(2010, 3, 1)).forms(SchoolForm.GY).build());
        assertThat(rules.grade()).isEqualTo(11);
        assertThat(rules.allowedForms()).containsExactlyInAnyOrder(SchoolForm.GY, SchoolForm.BK);
        assertThat(rules.groupKindAt(SchoolForm.BK)).isEqualTo(GroupKind.IFK);
        assertThat(rules.groupKindAt(SchoolForm.GY)).isEqualTo(GroupKind.DEUTSCHFOERDERUNG);
    }

    @Test
    void adultsPlacedBySettingGoToTheBerufskollegEvenWhenOlderThanNineteen() {
        Eligibility rules = finder(true, false).eligibility(pupil(LocalDate.of(2005, 5, 1)).build());
        assertThat(rules.grade()).isEqualTo(13);
        assertThat(rules.notPlaceable()).isNull();
        assertThat(rules.allowedForms()).containsExactly(SchoolForm.BK);
    }

    @Test
    void tenYearsOfSchoolingMeanBerufskollegEvenWhenYounger() {
        Eligibility rules = finder(false, false).eligibility(pupil(LocalDate.of(2011, 3, 1)).schoolingYears(10).build());
        assertThat(rules.grade()).isEqualTo(11);
        assertThat(rules.allowedForms()).containsExactly(SchoolForm.BK);
    }

    @Test
    void schoolFormIsFixedAfterGradeNine() {
        Eligibility rules = finder(false, false).eligibility(pupil(LocalDate.of(2011, 3, 1)).grade(10)
                .previousForm(SchoolForm.RS).forms(SchoolForm.GE, SchoolForm.GY).build());
        assertThat(rules.allowedForms()).containsExactly(SchoolForm.RS);
    }

    @Test
    void adultsAreNotPlacedUnlessTheSettingSaysSo() {
        Pupil adult = pupil(LocalDate.of(2008, 8, 1)).build();
        assertThat(ReasonTexts.unplaced(finder(false, false).eligibility(adult).notPlaceable())).contains("nicht mehr schulpflichtig");
        assertThat(finder(true, false).eligibility(adult).notPlaceable()).isNull();
        assertThat(finder(true, false).eligibility(adult).compulsory()).isFalse();
    }

    @Test
    void childTooYoungIsNotPlacedWithTheYearOfSchoolEntry() {
        Eligibility rules = finder(false, false).eligibility(pupil(LocalDate.of(2020, 10, 1)).build());
        assertThat(ReasonTexts.unplaced(rules.notPlaceable())).contains("noch nicht schulpflichtig").contains("2027/28");
    }

    @Test
    void recommendationThatDoesNotTeachTheGradeIsExplained() {
        Eligibility rules = finder(false, false).eligibility(pupil(LocalDate.of(2018, 5, 1)).forms(SchoolForm.GY).build());
        assertThat(ReasonTexts.unplaced(rules.notPlaceable())).isEqualTo("keine der empfohlenen Schulformen (Gymnasium) unterrichtet Jahrgang 3");
        Eligibility previous = finder(false, false).eligibility(pupil(LocalDate.of(2011, 3, 1)).grade(10)
                .previousForm(SchoolForm.GS).build());
        assertThat(ReasonTexts.unplaced(previous.notPlaceable())).isEqualTo("die bisherige Schulform (Grundschule) unterrichtet Jahrgang 10 nicht");
    }

    @Test
    void longerWaitingRaisesThePriorityUpToAYear() {
        Pupil recent = pupil(LocalDate.of(2018, 5, 1)).registered(PLANNING_DATE.minusDays(10)).build();
        Pupil waiting = pupil(LocalDate.of(2018, 5, 1)).registered(PLANNING_DATE.minusDays(500)).build();
        List<PupilPlacement> placements = finder(false, false).build(List.of(recent, waiting), schools, quotas)
                .plan().getPlacements();
        assertThat(placements.get(0).getProfile().unassignedWeight()).isEqualTo(1_000 + 10);
        assertThat(placements.get(1).getProfile().unassignedWeight()).isEqualTo(1_000 + 365);
    }

    @Test
    void siblingsKeepTheirFamilyOnlyWhenTwoArePlanned() {
        Pupil a = pupil(LocalDate.of(2018, 5, 1)).caseNumber("A").family("F1").build();
        Pupil b = pupil(LocalDate.of(2016, 5, 1)).caseNumber("B").family("F1").build();
        Pupil alone = pupil(LocalDate.of(2016, 5, 1)).caseNumber("C").family("F2").build();
        List<PupilPlacement> placements = finder(false, false).build(List.of(a, b, alone), schools, quotas)
                .plan().getPlacements();
        assertThat(placements).extracting(PupilPlacement::getFamilyId).containsExactly("F1", "F1", null);
    }

    private PupilPlacement only(Pupil pupil) {
        return finder(false, false).build(List.of(pupil), schools, quotas).plan().getPlacements().get(0);
    }

    private Eligibility rulesAfterBuild(Pupil pupil) {
        return finder(false, false).build(List.of(pupil), schools, quotas).eligibility().get(pupil.caseNumber());
    }

    private static List<String> numbers(PupilPlacement placement) {
        return placement.getCandidates().stream().map(SchoolQuota::getSchoolNumber).toList();
    }

    private static CandidateFinder finder(boolean placeAdults, boolean partialLiteracyNeedsAlphabet) {
        return new CandidateFinder(PLANNING_DATE, new PlanningSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), 50),
                new RuleSettings(placeAdults, partialLiteracyNeedsAlphabet, 15, 25, 40, 0),
                new WeightSettings(1, 2, 5000, 1500, 10, 1000, 20000, 1000, 500, 1));
    }

    private void school(String number, SchoolForm form, double lat, double lon, boolean barrierFree,
            boolean takesNewcomers) {
        schools.add(new School(number, "Schule " + number, form, takesNewcomers,
                new Address(null, null, "Detmold", "05766020", new GeoPoint(lat, lon), false),
                "Schulamt für den Kreis Lippe", 300, barrierFree, takesNewcomers, List.of()));
    }

    private void quota(String school, GroupKind kind, int from, int to, int free) {
        quotas.computeIfAbsent(school, s -> new ArrayList<>()).add(new PlaceQuota(school, kind, from, to, free));
    }

    private static PupilBuilder pupil(LocalDate birthDate) {
        return new PupilBuilder(birthDate);
    }

    /** Pupils for these tests: only what a test sets differs from a literate child in Detmold. */
    static final class PupilBuilder {
        private final LocalDate birthDate;
        private String caseNumber = "A";
        private Set<SchoolForm> forms = Set.of();
        private Integer grade;
        private LatinLiteracy literacy = LatinLiteracy.JA;
        private boolean barrierFree;
        private Integer schoolingYears;
        private SchoolForm previousForm;
        private Integer germanSchoolYears;
        private LocalDate registered;
        private String family;

        PupilBuilder(LocalDate birthDate) {
            this.birthDate = birthDate;
        }

        PupilBuilder caseNumber(String value) {
            caseNumber = value;
            return this;
        }

        PupilBuilder forms(SchoolForm... values) {
            forms = Set.of(values);
            return this;
        }

        PupilBuilder grade(int value) {
            grade = value;
            return this;
        }

        PupilBuilder literacy(LatinLiteracy value) {
            literacy = value;
            return this;
        }

        PupilBuilder barrierFree() {
            barrierFree = true;
            return this;
        }

        PupilBuilder schoolingYears(int value) {
            schoolingYears = value;
            return this;
        }

        PupilBuilder germanSchoolYears(int value) {
            germanSchoolYears = value;
            return this;
        }

        PupilBuilder previousForm(SchoolForm value) {
            previousForm = value;
            return this;
        }

        PupilBuilder registered(LocalDate value) {
            registered = value;
            return this;
        }

        PupilBuilder family(String value) {
            family = value;
            return this;
        }

        Pupil build() {
            return new Pupil(caseNumber, "Muster", "Kim", birthDate, "w",
                    new Address(null, "32756", "Detmold", "05766020", HOME, false), "Arabisch", null, null,
                    registered, schoolingYears, null, literacy, null, forms, grade, family, List.of(), barrierFree,
                    null, null, null, null, previousForm, germanSchoolYears, null);
        }
    }
}
