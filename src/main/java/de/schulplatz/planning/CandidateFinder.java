package de.schulplatz.planning;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PlacementWeights;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.PupilProfile;
import de.schulplatz.planning.domain.SchoolFact;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.pupils.LatinLiteracy;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.schoolsystem.GradeBand;
import de.schulplatz.schoolsystem.GradeRule;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schoolsystem.SchoolYear;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schools.School;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies the eligibility rules and builds the solver's problem: for each pupil the nearest quotas of an
 * allowed school form, for the pupil's grade and kind of group, with a free place, at a school that takes
 * newcomers, is barrier-free where needed and lies within the distance limit. Nothing else is ever
 * offered to the solver; when nothing is left, the first rule that emptied the list becomes the reason.
 */
final class CandidateFinder {

    /** Most days of waiting that still raise a pupil's priority. */
    static final int MAX_WAITING_DAYS = 365;
    private static final int FALLBACK_TOTAL_PUPILS = 400;

    /** The solver problem with the rule results behind it, keyed by case number. */
    record Problem(PlacementPlan plan, Map<String, Eligibility> eligibility, Map<String, School> schools) {
    }

    private final LocalDate planningDate;
    private final SchoolYear schoolYear;
    private final PlanningSettings settings;
    private final RuleSettings rules;
    private final WeightSettings weights;

    CandidateFinder(LocalDate planningDate, PlanningSettings settings, RuleSettings rules, WeightSettings weights) {
        this.planningDate = planningDate;
        this.schoolYear = SchoolYear.containing(planningDate);
        this.settings = settings;
        this.rules = rules;
        this.weights = weights;
    }

    Problem build(List<Pupil> pupils, List<School> schools, Map<String, List<PlaceQuota>> quotasBySchool) {
        return build(pupils, schools, quotasBySchool, Map.of());
    }

    /** @param published school of each pupil in the last published plan */
    Problem build(List<Pupil> pupils, List<School> schools, Map<String, List<PlaceQuota>> quotasBySchool,
            Map<String, String> published) {
        int assumedSize = assumedTotalPupils(schools);
        List<SchoolFact> schoolFacts = new ArrayList<>();
        List<SchoolQuota> quotas = new ArrayList<>();
        Map<String, School> schoolByNumber = new HashMap<>();
        Map<SchoolQuota, School> schoolOfQuota = new HashMap<>();
        for (School school : schools) {
            SchoolFact fact = new SchoolFact(school.schoolNumber(), school.address().municipalityKey(),
                    school.totalPupils() != null && school.totalPupils() > 0 ? school.totalPupils() : assumedSize);
            schoolFacts.add(fact);
            schoolByNumber.put(school.schoolNumber(), school);
            for (PlaceQuota quota : quotasBySchool.getOrDefault(school.schoolNumber(), List.of())) {
                SchoolQuota candidate = new SchoolQuota(quotas.size(), fact, school.form(), quota.groupKind(),
                        school.address().position(), quota.gradeFrom(), quota.gradeTo(), quota.freePlaces());
                quotas.add(candidate);
                schoolOfQuota.put(candidate, school);
            }
        }
        Map<String, Long> familySizes = pupils.stream().filter(p -> p.familyId() != null)
                .collect(Collectors.groupingBy(Pupil::familyId, Collectors.counting()));

        Map<String, Eligibility> eligibility = new LinkedHashMap<>();
        List<PupilPlacement> placements = new ArrayList<>();
        for (Pupil pupil : pupils) {
            Eligibility rules = eligibility(pupil);
            List<SchoolQuota> candidates = new ArrayList<>();
            Map<SchoolQuota, Integer> distances = new HashMap<>();
            if (rules.notPlaceable() == null) {
                rules = rules.withNoCandidateReason(collectCandidates(pupil, rules, quotas, schoolOfQuota,
                        candidates, distances));
            }
            eligibility.put(pupil.caseNumber(), rules);
            String familyId = pupil.familyId() != null && familySizes.get(pupil.familyId()) > 1 ? pupil.familyId() : null;
            PupilProfile profile = new PupilProfile(pupil.caseNumber(), rules.grade(), familyId,
                    pupil.address().municipalityKey(), pupil.wishedSchools(), published.get(pupil.caseNumber()),
                    reimbursementThresholdMetres(rules.grade()), unassignedWeight(pupil, rules));
            placements.add(new PupilPlacement(profile, candidates, distances));
        }
        PlacementWeights solverWeights = weights.toSolverWeights();
        return new Problem(new PlacementPlan(schoolFacts, quotas, placements, solverWeights), eligibility,
                schoolByNumber);
    }

    /**
     * Fills the pupil's candidates, nearest first; returns null, or the German reason when none is left.
     * The filters run in the order of the reasons a KI adviser can act on.
     */
    private String collectCandidates(Pupil pupil, Eligibility rules, List<SchoolQuota> quotas,
            Map<SchoolQuota, School> schoolOf, List<SchoolQuota> candidates, Map<SchoolQuota, Integer> distances) {
        List<SchoolQuota> offered = quotas.stream()
                .filter(q -> q.covers(rules.grade()) && rules.allowedForms().contains(q.getForm())
                        && q.getGroupKind() == rules.groupKind() && schoolOf.get(q).takesNewcomers())
                .toList();
        String what = ReasonTexts.offer(rules.allowedForms(), rules.groupKind());
        if (offered.isEmpty()) {
            return "keine " + what + " für Jahrgang " + rules.grade() + " gemeldet";
        }
        List<SchoolQuota> free = offered.stream().filter(q -> q.getFreePlaces() > 0).toList();
        if (free.isEmpty()) {
            return "keine " + what + " mit freiem Platz in Jahrgang " + rules.grade();
        }
        List<SchoolQuota> accessible = rules.barrierFreeNeeded()
                ? free.stream().filter(q -> schoolOf.get(q).barrierFree()).toList() : free;
        if (accessible.isEmpty()) {
            return "keine barrierefreie " + what + " mit freiem Platz in Jahrgang " + rules.grade();
        }
        GeoPoint home = pupil.address().position();
        int limit = this.rules.maxDistanceMetres(rules.band());
        int nearest = Integer.MAX_VALUE;
        for (SchoolQuota quota : accessible) {
            int distance = home.distanceMetresTo(quota.getLocation());
            nearest = Math.min(nearest, distance);
            if (distance <= limit) {
                candidates.add(quota);
                distances.put(quota, distance);
            }
        }
        if (candidates.isEmpty()) {
            return "keine " + what + " mit freiem Platz in Jahrgang " + rules.grade() + " innerhalb "
                    + ReasonTexts.km(limit) + " (nächste: " + ReasonTexts.km(nearest) + ")";
        }
        candidates.sort(Comparator.comparingInt((SchoolQuota q) -> distances.get(q)).thenComparingInt(SchoolQuota::getId));
        if (candidates.size() > settings.maxCandidates()) {
            candidates.subList(settings.maxCandidates(), candidates.size()).clear();
            distances.keySet().retainAll(candidates);
        }
        return null;
    }

    Eligibility eligibility(Pupil pupil) {
        int ageTypical = GradeRule.ageTypicalGrade(pupil.birthDate(), schoolYear);
        boolean schoolingComplete = pupil.schoolingYears() != null && pupil.schoolingYears() >= 10;
        int grade;
        if (pupil.counsellorGrade() != null) {
            grade = pupil.counsellorGrade();
        } else if (schoolingComplete || ageTypical >= 11) {
            // ten school years done, or about 16 and older: Berufskolleg (IFK), whatever the age-typical grade
            grade = Math.max(ageTypical, 11);
        } else {
            grade = Math.max(ageTypical, 1);
        }
        GradeBand band = GradeBand.of(grade);
        Set<SchoolForm> recommended;
        if (pupil.previousForm() != null && grade >= 10) {
            // the school form cannot change once grade 9 has been attended
            recommended = EnumSet.of(pupil.previousForm());
        } else {
            recommended = pupil.recommendedForms().isEmpty() ? band.defaultForms() : EnumSet.copyOf(pupil.recommendedForms());
        }
        Set<SchoolForm> allowed = EnumSet.noneOf(SchoolForm.class);
        recommended.stream().filter(form -> form.teaches(grade)).forEach(allowed::add);
        boolean adult = GradeRule.isAdultAtStart(pupil.birthDate(), schoolYear);

        String notPlaceable = null;
        if (pupil.counsellorGrade() == null && ageTypical < 1) {
            notPlaceable = "noch nicht schulpflichtig: Einschulung erst zum Schuljahr "
                    + new SchoolYear(schoolYear.startYear() + 1 - ageTypical).label();
        } else if (adult && !rules.placeAdults()) {
            notPlaceable = "nicht mehr schulpflichtig (18 Jahre oder älter zu Beginn des Schuljahres "
                    + schoolYear.label() + "); nur freiwilliges Angebot über die Beratung";
        } else if (allowed.isEmpty()) {
            notPlaceable = "keine der empfohlenen Schulformen (" + ReasonTexts.formNames(recommended)
                    + ") unterrichtet Jahrgang " + grade;
        }
        return new Eligibility(pupil.caseNumber(), grade, band, allowed, groupKind(pupil, band), pupil.barrierFree(),
                !adult, notPlaceable, null);
    }

    private GroupKind groupKind(Pupil pupil, GradeBand band) {
        if (band == GradeBand.BERUFSKOLLEG) {
            return GroupKind.IFK;
        }
        LatinLiteracy literacy = pupil.latinLiteracy();
        boolean needsAlphabet = literacy == LatinLiteracy.NEIN
                || (literacy == LatinLiteracy.TEILWEISE && rules.partialLiteracyNeedsAlphabet());
        return needsAlphabet ? GroupKind.ALPHABETISIERUNG : GroupKind.DEUTSCHFOERDERUNG;
    }

    /** Travel costs are reimbursed above 2 km (primary), 3.5 km (grades 5-10), 5 km (beyond): law. */
    static int reimbursementThresholdMetres(int grade) {
        return grade <= 4 ? 2_000 : grade <= 10 ? 3_500 : 5_000;
    }

    /** Compulsory-age pupils first, then those waiting longest since registration (or arrival). */
    private long unassignedWeight(Pupil pupil, Eligibility rules) {
        LocalDate since = pupil.registeredDate() != null ? pupil.registeredDate() : pupil.arrivalDate();
        long waitingDays = since == null ? 0
                : Math.max(0, Math.min(MAX_WAITING_DAYS, ChronoUnit.DAYS.between(since, planningDate)));
        return (rules.compulsory() ? weights.compulsory() : weights.voluntary()) + weights.waitingDay() * waitingDays;
    }

    private int assumedTotalPupils(List<School> schools) {
        if (rules.assumedTotalPupils() > 0) {
            return rules.assumedTotalPupils();
        }
        int[] sizes = schools.stream().map(School::totalPupils).filter(n -> n != null && n > 0)
                .mapToInt(Integer::intValue).sorted().toArray();
        return sizes.length == 0 ? FALLBACK_TOTAL_PUPILS : sizes[sizes.length / 2];
    }
}
