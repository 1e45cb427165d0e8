package de.schulplatz.planning;

import de.schulplatz.schoolsystem.RuleSettings;
import de.schulplatz.geo.GeoPoint;
import de.schulplatz.overrides.Override;
import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PlacementWeights;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.PupilProfile;
import de.schulplatz.planning.domain.SchoolFact;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.pupils.PupilGrade;
import de.schulplatz.pupils.PupilGroup;
import de.schulplatz.routing.WalkingRoutes;
import de.schulplatz.schoolsystem.GradeBand;
import de.schulplatz.schoolsystem.GradeRule;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schoolsystem.SchoolYear;
import de.schulplatz.schoolsystem.TravelCosts;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schools.School;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the eligibility rules and builds the solver's problem: for each pupil the nearest quotas of an
 * allowed school form, for the pupil's grade and kind of group, with a free place, at a school that takes
 * newcomers, is barrier-free where needed and lies within the distance limit. Nothing else is ever
 * offered to the solver; when nothing is left, the first rule that emptied the list becomes the reason.
 */
final class CandidateFinder {

    private static final Logger log = LoggerFactory.getLogger(CandidateFinder.class);

    /** Most days of waiting that still raise a pupil's priority. */
    static final int MAX_WAITING_DAYS = 365;

    /** From this grade on the school form cannot change (DOMAIN.md: after first attending grade 9). */
    static final int LOCKED_FORM_GRADE = 9;

    /** The first circle around home searched for candidates; it doubles until enough are found. */
    static final int FIRST_RADIUS_METRES = 4_000;

    /** The solver problem with the rule results behind it, keyed by case number. */
    record Problem(PlacementPlan plan, Map<String, Eligibility> eligibility, Map<String, School> schools,
            AssumedSchoolSize assumedSchoolSize, Ways ways, PlaceDates dates, LaterPlaces later,
            Set<String> nearestFirst) {
    }

    /** One pupil's way through the rules: eligibility, then the candidates nearest first. */
    static final class Search {
        final Pupil pupil;
        Eligibility eligible;
        final Set<String> excludedSchools;
        final List<SchoolQuota> candidates = new ArrayList<>();
        final Map<SchoolQuota, Integer> distances = new HashMap<>();

        Search(Pupil pupil, Eligibility eligible, Set<String> excludedSchools) {
            this.pupil = pupil;
            this.eligible = eligible;
            this.excludedSchools = excludedSchools;
        }
    }

    private final LocalDate planningDate;
    private final SchoolYear schoolYear;
    private final PlanningSettings settings;
    private final RuleSettings rules;
    private final WeightSettings weights;
    private final WalkingRoutes routes;
    /** The transition into regular classes: every pupil needs a regular class, and all have been at school here. */
    private boolean transition;

    /** Measures every way as the straight line. */
    CandidateFinder(LocalDate planningDate, PlanningSettings settings, RuleSettings rules, WeightSettings weights) {
        this(planningDate, settings, rules, weights, null);
    }

    /** @param routes the walking routes, used when an extract is configured; null: the straight line */
    CandidateFinder(LocalDate planningDate, PlanningSettings settings, RuleSettings rules, WeightSettings weights,
            WalkingRoutes routes) {
        this.routes = routes;
        this.planningDate = planningDate;
        this.schoolYear = SchoolYear.containing(planningDate);
        this.settings = settings;
        this.rules = rules;
        this.weights = weights;
    }

    /** The same rules for the transition: places in regular classes, no settled rule (everyone is settled). */
    CandidateFinder forTransition() {
        this.transition = true;
        return this;
    }

    Problem build(List<Pupil> pupils, List<School> schools, Map<String, List<PlaceQuota>> quotasBySchool) {
        return build(pupils, schools, quotasBySchool, Map.of(), ActiveOverrides.NONE);
    }

    /**
     * @param pupils    the pupils to plan (withdrawn ones already left out)
     * @param published school of each pupil in the last published plan: the starting point of re-planning
     * @param overrides pins, confirmations, exclusions and changed free places in force
     */
    Problem build(List<Pupil> pupils, List<School> schools, Map<String, List<PlaceQuota>> quotasBySchool,
            Map<String, String> published, ActiveOverrides overrides) {
        AssumedSchoolSize assumedSize = AssumedSchoolSize.of(schools, rules);
        List<SchoolFact> schoolFacts = new ArrayList<>();
        List<SchoolQuota> quotas = new ArrayList<>();
        List<SchoolQuota> laterQuotas = new ArrayList<>();
        Map<String, School> schoolByNumber = new HashMap<>();
        Map<SchoolQuota, School> schoolOfQuota = new HashMap<>();
        Map<SchoolQuota, School> schoolOfLaterQuota = new HashMap<>();
        PlaceDates dates = new PlaceDates(planningDate, rules);
        List<PlaceQuota> laterPlaces = new ArrayList<>();
        for (School school : schools) {
            SchoolFact fact = new SchoolFact(school.schoolNumber(), school.address().municipalityKey(),
                    assumedSize.sizeOf(school));
            schoolFacts.add(fact);
            schoolByNumber.put(school.schoolNumber(), school);
            for (PlaceQuota quota : withPlaceChanges(school, quotasBySchool.getOrDefault(school.schoolNumber(), List.of()),
                    overrides)) {
                if (quota.expiredOn(planningDate)) {
                    dates.expired(quota);
                } else if (quota.freeLaterThan(planningDate)) {
                    // Free only later: never offered to the solver, reserved after solving ("Platz ab").
                    SchoolQuota later = new SchoolQuota(laterQuotas.size(), fact, school.form(), quota.groupKind(),
                            school.address().position(), quota.gradeFrom(), quota.gradeTo(), quota.freePlaces());
                    laterQuotas.add(later);
                    laterPlaces.add(quota);
                    schoolOfLaterQuota.put(later, school);
                } else {
                    SchoolQuota candidate = new SchoolQuota(quotas.size(), fact, school.form(), quota.groupKind(),
                            school.address().position(), quota.gradeFrom(), quota.gradeTo(), quota.freePlaces());
                    quotas.add(candidate);
                    schoolOfQuota.put(candidate, school);
                    dates.inForce(candidate, quota);
                }
            }
        }
        Map<String, Long> familySizes = pupils.stream().filter(p -> p.familyId() != null)
                .collect(Collectors.groupingBy(Pupil::familyId, Collectors.counting()));

        CandidateIndex index = new CandidateIndex(quotas, schoolOfQuota);
        List<Search> searches = new ArrayList<>();
        for (Pupil pupil : pupils) {
            School publishedSchool = published.containsKey(pupil.caseNumber())
                    ? schoolByNumber.get(published.get(pupil.caseNumber())) : null;
            // In the transition the decided form counts, not the current school's.
            Search search = new Search(pupil, eligibility(pupil,
                    publishedSchool == null || transition ? null : publishedSchool.form()),
                    overrides.excludedSchools(pupil.caseNumber()));
            if (search.eligible.notPlaceable() == null) {
                search.eligible = search.eligible.withNoCandidate(collectCandidates(search, index, quotas));
            }
            searches.add(search);
        }
        Ways ways = routes == null || !routes.active() ? Ways.STRAIGHT : new Ways(true);
        if (ways.walking()) {
            new RouteSearch(routes, settings.maxCandidates(), quotas, ways).refine(searches, index, rules);
        }
        Map<String, Eligibility> eligibility = new LinkedHashMap<>();
        List<PupilPlacement> placements = new ArrayList<>();
        for (Search search : searches) {
            Pupil pupil = search.pupil;
            Eligibility eligible = search.eligible;
            List<SchoolQuota> candidates = search.candidates;
            Map<SchoolQuota, Integer> distances = search.distances;
            eligibility.put(pupil.caseNumber(), eligible);
            SchoolQuota fixedQuota = null;
            Override fixing = overrides.fixed().get(pupil.caseNumber());
            if (fixing != null) {
                fixedQuota = fixedQuota(pupil, eligible, fixing.schoolNumber(), quotas, schoolFacts, schoolOfQuota,
                        schoolByNumber);
                if (!candidates.contains(fixedQuota)) {
                    candidates.add(fixedQuota);
                    distances.put(fixedQuota, ways.walking()
                            ? RouteSearch.single(routes, pupil, schoolByNumber.get(fixedQuota.getSchoolNumber()), ways)
                            : pupil.address().position().distanceMetresTo(fixedQuota.getLocation()));
                }
            }
            String familyId = pupil.familyId() != null && familySizes.get(pupil.familyId()) > 1 ? pupil.familyId() : null;
            PupilProfile profile = new PupilProfile(pupil.caseNumber(), eligible.grade(), familyId,
                    pupil.address().municipalityKey(), pupil.wishedSchools(), published.get(pupil.caseNumber()),
                    TravelCosts.reimbursementThresholdMetres(eligible.grade()), unassignedWeight(pupil, eligible));
            PupilPlacement placement = new PupilPlacement(profile, candidates, distances);
            if (fixedQuota != null) {
                placement.pin(fixedQuota);
            } else {
                startAtPublishedSchool(placement, published.get(pupil.caseNumber()));
            }
            placements.add(placement);
        }
        Set<String> nearestFirst = rules.primaryNearestFirst()
                ? NearestGrundschule.assign(placements, eligibility, published) : Set.of();
        log.debug("{} kinds of pupils, each with its own filtered quotas", index.kinds());
        PlacementWeights solverWeights = weights.toSolverWeights();
        Map<String, Search> searchByCase = new HashMap<>();
        searches.forEach(search -> searchByCase.put(search.pupil.caseNumber(), search));
        LaterPlaces later = new LaterPlaces(laterQuotas, laterPlaces, new CandidateIndex(laterQuotas, schoolOfLaterQuota),
                searchByCase, this::laterCandidates);
        return new Problem(new PlacementPlan(schoolFacts, quotas, placements, solverWeights), eligibility,
                schoolByNumber, assumedSize, ways, dates, later, nearestFirst);
    }

    /** Free places as reported, replaced (or added) by the changes of free places in force. */
    private static List<PlaceQuota> withPlaceChanges(School school, List<PlaceQuota> reported, ActiveOverrides overrides) {
        List<PlaceQuota> result = new ArrayList<>(reported);
        for (Override change : overrides.placeChanges()) {
            if (!change.schoolNumber().equals(school.schoolNumber())) {
                continue;
            }
            PlaceQuota changed = new PlaceQuota(school.schoolNumber(), change.groupKind(), change.gradeFrom(),
                    change.gradeTo(), change.freePlaces());
            result.removeIf(q -> q.groupKind() == changed.groupKind() && q.gradeFrom() <= changed.gradeTo()
                    && changed.gradeFrom() <= q.gradeTo());
            result.add(changed);
        }
        return result;
    }

    /**
     * The quota a pinned or confirmed pupil occupies: one of the pupil's own kind at the school if there is
     * one, else any quota of the school for the grade, else (places withdrawn since) an empty quota, so the
     * pupil still counts against the school and the overflow shows in the hard score.
     */
    private static SchoolQuota fixedQuota(Pupil pupil, Eligibility eligible, String schoolNumber, List<SchoolQuota> quotas,
            List<SchoolFact> schoolFacts, Map<SchoolQuota, School> schoolOf, Map<String, School> schoolByNumber) {
        List<SchoolQuota> atSchool = quotas.stream()
                .filter(q -> q.getSchoolNumber().equals(schoolNumber) && q.covers(eligible.grade())).toList();
        return atSchool.stream().filter(q -> q.getGroupKind() == eligible.groupKindAt(q.getForm())).findFirst()
                .or(() -> atSchool.stream().findFirst())
                .orElseGet(() -> {
                    School school = schoolByNumber.get(schoolNumber);
                    SchoolFact fact = schoolFacts.stream().filter(f -> f.schoolNumber().equals(schoolNumber))
                            .findFirst().orElseThrow();
                    SchoolQuota empty = new SchoolQuota(quotas.size(), fact, school.form(), eligible.groupKindAt(school.form()),
                            school.address().position(), eligible.grade(), eligible.grade(), 0);
                    quotas.add(empty);
                    schoolOf.put(empty, school);
                    return empty;
                });
    }

    /** Re-planning starts from the published plan, so the solver moves a published pupil only for a gain. */
    private static void startAtPublishedSchool(PupilPlacement placement, String publishedSchool) {
        if (publishedSchool == null) {
            return;
        }
        placement.getCandidates().stream().filter(q -> q.getSchoolNumber().equals(publishedSchool)).findFirst()
                .ifPresent(placement::setQuota);
    }

    /** The nearest places free only later, for a pupil the plan leaves without a place (straight line). */
    private List<SchoolQuota> laterCandidates(Search planned, CandidateIndex index, List<SchoolQuota> laterQuotas) {
        Search search = new Search(planned.pupil, planned.eligible, planned.excludedSchools);
        if (planned.eligible.notPlaceable() != null
                || collectCandidates(search, index, laterQuotas) != null) {
            return List.of();
        }
        return search.candidates;
    }

    /**
     * Fills the pupil's candidates, nearest first; returns null, or the cause when none is left.
     * The filters run in the order of the reasons a KI adviser can act on.
     */
    private UnplacedCause collectCandidates(Search search, CandidateIndex index, List<SchoolQuota> quotas) {
        Pupil pupil = search.pupil;
        Eligibility eligible = search.eligible;
        Set<String> excludedSchools = search.excludedSchools;
        List<SchoolQuota> candidates = search.candidates;
        Map<SchoolQuota, Integer> distances = search.distances;
        CandidateIndex.Offer kind = index.offer(eligible);
        UnplacedCause.Offer offer = new UnplacedCause.Offer(eligible.allowedForms(), eligible.literacyGroup());
        if (kind.offered.isEmpty()) {
            return new UnplacedCause.NoPlacesReported(offer, eligible.grade());
        }
        if (kind.free.isEmpty()) {
            return new UnplacedCause.NoFreePlace(offer, eligible.grade());
        }
        boolean excluding = !excludedSchools.isEmpty();
        if (excluding && kind.free.stream().allMatch(q -> excludedSchools.contains(q.getSchoolNumber()))) {
            return new UnplacedCause.AllExcluded(offer, eligible.grade());
        }
        if (kind.accessible.stream().allMatch(q -> excludedSchools.contains(q.getSchoolNumber()))) {
            return new UnplacedCause.NoBarrierFreeSchool(offer, eligible.grade());
        }
        GeoPoint home = pupil.address().position();
        int limit = this.rules.maxDistanceMetres(eligible.band());
        // The nearest quotas first: a circle growing from a few kilometres until it holds enough of them or
        // reaches the limit. Every quota outside a circle is farther than every quota inside, so the nearest
        // max-candidates are the same as those of the whole limit. Each found quota is one long, distance
        // then id, so that sorting them is a primitive sort (nearest first, ties by id).
        long[] found = new long[0];
        int count = 0;
        for (int radius = Math.min(limit, FIRST_RADIUS_METRES); ; radius = Math.min(limit, 2 * radius)) {
            List<SchoolQuota> near = kind.near(home, radius);
            if (found.length < near.size()) {
                found = new long[near.size()];
            }
            count = 0;
            for (SchoolQuota quota : near) {
                int distance = home.distanceMetresTo(quota.getLocation());
                if (distance <= radius && !(excluding && excludedSchools.contains(quota.getSchoolNumber()))) {
                    found[count++] = ((long) distance << 32) | quota.getId();
                }
            }
            if (count >= settings.maxCandidates() || radius == limit) {
                break;
            }
        }
        if (count == 0) {
            // Rare: only then is the nearest school beyond the limit needed, for the reason's text.
            int nearest = kind.accessible.stream().filter(q -> !excludedSchools.contains(q.getSchoolNumber()))
                    .mapToInt(q -> home.distanceMetresTo(q.getLocation())).min().orElseThrow();
            return new UnplacedCause.BeyondDistanceLimit(offer, eligible.grade(), limit, nearest);
        }
        Arrays.sort(found, 0, count);
        for (int i = 0; i < Math.min(count, settings.maxCandidates()); i++) {
            SchoolQuota quota = quotas.get((int) found[i]);
            candidates.add(quota);
            distances.put(quota, (int) (found[i] >>> 32));
        }
        return null;
    }

    Eligibility eligibility(Pupil pupil) {
        return eligibility(pupil, null);
    }

    /**
     * @param publishedForm the form of the school the published plan gives the pupil, null if none: in a
     *                      re-plan a pupil in grade 9 or above keeps it
     */
    Eligibility eligibility(Pupil pupil, SchoolForm publishedForm) {
        int ageTypical = GradeRule.ageTypicalGrade(pupil.birthDate(), schoolYear);
        int grade = PupilGrade.of(pupil, schoolYear);
        GradeBand band = GradeBand.of(grade);
        Set<SchoolForm> recommended;
        UnplacedCause.FormSource fixedForm = null;
        if (pupil.previousForm() != null && grade >= LOCKED_FORM_GRADE) {
            // the school form cannot change from grade 9 on
            recommended = EnumSet.of(pupil.previousForm());
            fixedForm = UnplacedCause.FormSource.PREVIOUS;
        } else if (publishedForm != null && grade >= LOCKED_FORM_GRADE && publishedForm != SchoolForm.BK) {
            // the same in a re-plan during the year: the pupil now attends the published school's form
            recommended = EnumSet.of(publishedForm);
            fixedForm = UnplacedCause.FormSource.PUBLISHED;
        } else {
            recommended = pupil.recommendedForms().isEmpty() ? band.defaultForms() : EnumSet.copyOf(pupil.recommendedForms());
        }
        Set<SchoolForm> allowed = EnumSet.noneOf(SchoolForm.class);
        recommended.stream().filter(form -> form.teaches(grade)).forEach(allowed::add);
        if (band == GradeBand.BERUFSKOLLEG) {
            // From about 16 the Berufskolleg (IFK) is where schooling continues by law, whatever else fits.
            allowed.add(SchoolForm.BK);
        }
        boolean adult = GradeRule.isAdultAtStart(pupil.birthDate(), schoolYear);

        UnplacedCause notPlaceable = null;
        if (pupil.counsellorGrade() == null && ageTypical < 1) {
            notPlaceable = new UnplacedCause.NotYetOfSchoolAge(new SchoolYear(schoolYear.startYear() + 1 - ageTypical));
        } else if (adult && !rules.placeAdults()) {
            notPlaceable = new UnplacedCause.BeyondCompulsoryAge(schoolYear);
        } else if (adult && GradeRule.ageAtStart(pupil.birthDate(), schoolYear) > rules.ffmMaxAge()) {
            notPlaceable = new UnplacedCause.BeyondFfmAge(schoolYear, rules.ffmMaxAge());
        } else if (!transition && pupil.settled() && rules.excludeSettled()) {
            notPlaceable = new UnplacedCause.Settled(pupil.germanSchoolYears());
        } else if (allowed.isEmpty()) {
            UnplacedCause.FormSource source = fixedForm != null ? fixedForm
                    : pupil.recommendedForms().isEmpty() ? UnplacedCause.FormSource.USUAL
                    : UnplacedCause.FormSource.RECOMMENDED;
            notPlaceable = new UnplacedCause.NoFormTeachesGrade(source, recommended, grade);
        }
        return new Eligibility(pupil.caseNumber(), grade, band, allowed,
                transition ? GroupKind.REGELKLASSE : PupilGroup.literacyGroup(pupil, rules.partialLiteracyNeedsAlphabet()),
                pupil.barrierFree(), !adult, adult, notPlaceable, null);
    }

    /** Compulsory-age pupils first, then those waiting longest since registration (or arrival). */
    private long unassignedWeight(Pupil pupil, Eligibility eligible) {
        long waitingDays = Math.min(MAX_WAITING_DAYS, pupil.waitingDays(planningDate));
        return (eligible.compulsory() ? weights.compulsory() : weights.voluntary()) + weights.waitingDay() * waitingDays;
    }
}
