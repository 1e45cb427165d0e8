package de.schulplatz.planning;

import de.schulplatz.overrides.Override;
import de.schulplatz.overrides.OverrideAction;
import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.routing.DistanceMeasure;
import de.schulplatz.schoolsystem.Authorities;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schools.School;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns a solved plan into each pupil's outcome with its Begründung: placed (why this school), fixed by a
 * correction, moved from the published school (why), without a place (why), or withdrawn; and the school
 * authorities whose lists show the pupil.
 */
@Component
class PlanExplainer {

    private final Authorities authorities;

    PlanExplainer(Authorities authorities) {
        this.authorities = authorities;
    }

    /** Every pupil of the problem, then the withdrawn ones. */
    List<PlannedPlacement> outcomes(PlacementPlan plan, PlanningProblems.Loaded loaded, Map<String, String> published) {
        Map<String, Pupil> pupilByCase = loaded.pupils().stream()
                .collect(Collectors.toMap(Pupil::caseNumber, Function.identity()));
        List<PlannedPlacement> result = explain(plan, loaded.problem(), pupilByCase, loaded.overrides(), published);
        for (Pupil pupil : loaded.pupils()) {
            Override withdrawal = loaded.overrides().withdrawals().get(pupil.caseNumber());
            if (withdrawal != null) {
                Eligibility eligibility = loaded.finder().eligibility(pupil);
                result.add(new PlannedPlacement(pupil.caseNumber(), null, null, eligibility.grade(), null,
                        PlacementStatus.ZURUECKGEZOGEN, ReasonTexts.withdrawn(withdrawal),
                        responsibleAuthorities(pupil, eligibility)));
            }
        }
        return result;
    }

    private List<PlannedPlacement> explain(PlacementPlan plan, CandidateFinder.Problem problem,
            Map<String, Pupil> pupilByCase, ActiveOverrides active, Map<String, String> published) {
        Map<SchoolQuota, Long> fixedPerQuota = plan.getPlacements().stream().filter(PupilPlacement::isPinned)
                .filter(PupilPlacement::isAssigned)
                .collect(Collectors.groupingBy(PupilPlacement::getQuota, Collectors.counting()));
        Map<SchoolQuota, Long> used = plan.getPlacements().stream().filter(PupilPlacement::isAssigned)
                .collect(Collectors.groupingBy(PupilPlacement::getQuota, Collectors.counting()));
        Map<String, Map<String, Integer>> familyCountAtSchool = new HashMap<>();
        for (PupilPlacement placement : plan.getPlacements()) {
            if (placement.getFamilyId() != null && placement.isAssigned()) {
                familyCountAtSchool.computeIfAbsent(placement.getFamilyId(), f -> new HashMap<>())
                        .merge(placement.schoolNumber(), 1, Integer::sum);
            }
        }
        List<PlannedPlacement> result = new ArrayList<>();
        Map<String, Integer> unplaced = new HashMap<>();
        for (PupilPlacement placement : plan.getPlacements()) {
            Eligibility eligibility = problem.eligibility().get(placement.getCaseNumber());
            Pupil pupil = pupilByCase.get(placement.getCaseNumber());
            SchoolQuota quota = placement.getQuota();
            if (quota != null) {
                School school = problem.schools().get(quota.getSchoolNumber());
                boolean siblingHere = placement.getFamilyId() != null
                        && familyCountAtSchool.get(placement.getFamilyId()).get(quota.getSchoolNumber()) > 1;
                int wishRank = placement.getProfile().wishedSchools().indexOf(quota.getSchoolNumber());
                int rank = placement.getCandidates().indexOf(quota);
                List<SchoolQuota> wishedCandidates = placement.getCandidates().stream()
                        .filter(q -> placement.getProfile().wishedSchools().contains(q.getSchoolNumber())).toList();
                ReasonTexts.Way way = new ReasonTexts.Way(placement.distanceMetres(),
                        pupil.address().position().distanceMetresTo(school.address().position()),
                        problem.ways().measure(placement.getCaseNumber(), quota.getSchoolNumber()));
                String reason = ReasonTexts.placed(new ReasonTexts.PlacedFacts(rank, way,
                        quota.getGroupKind(), wishRank, placement.hasWishes(), !wishedCandidates.isEmpty(),
                        wishedCandidates.stream().anyMatch(q -> hasRoom(q, used)),
                        placement.getCandidates().subList(0, Math.max(rank, 0)).stream()
                                .anyMatch(q -> hasRoom(q, used) && placement.distanceTo(q) < placement.distanceMetres()),
                        siblingHere,
                        placement.getProfile().reimbursementThresholdMetres(), placement.isOutsideHomeMunicipality(),
                        heritageLanguage(pupil, school)));
                PlacementStatus status = PlacementStatus.VORGESCHLAGEN;
                Override fixing = active.fixed().get(placement.getCaseNumber());
                if (fixing != null) {
                    status = PlacementStatus.ofFixing(fixing.action());
                    reason = ReasonTexts.fixed(fixing, quota, fixedPerQuota.get(quota), way);
                }
                if (fixing == null && problem.nearestFirst().contains(placement.getCaseNumber())) {
                    reason += "; " + ReasonTexts.NEAREST_GRUNDSCHULE;
                }
                String before = published.get(placement.getCaseNumber());
                if (fixing == null && before != null && !before.equals(quota.getSchoolNumber())) {
                    reason = ReasonTexts.moved(before, moveCause(placement, before, active), reason);
                }
                LocalDate start = problem.dates().startDate(quota);
                if (start.isAfter(problem.dates().planningDate())) {
                    reason += "; " + ReasonTexts.intakeLater(start, quota.getGroupKind());
                }
                result.add(new PlannedPlacement(placement.getCaseNumber(), quota.getSchoolNumber(), quota.getGroupKind(),
                        eligibility.grade(), placement.distanceMetres(), status, reason, List.of(school.authority()),
                        quota.getGradeFrom(), way.measure(), way.straightMetres(), null, start));
            } else {
                String before = published.get(placement.getCaseNumber());
                String reason = ReasonTexts.unplaced(unassignedCause(placement, eligibility, problem.ways()));
                if (before != null) {
                    reason = ReasonTexts.placeLost(before, moveCause(placement, before, active), reason);
                }
                unplaced.put(placement.getCaseNumber(), result.size());
                result.add(new PlannedPlacement(placement.getCaseNumber(), null, null, eligibility.grade(), null,
                        PlacementStatus.NICHT_ZUGEWIESEN, reason, responsibleAuthorities(pupil, eligibility)));
            }
        }
        reserveLaterPlaces(plan, problem, unplaced, result);
        return result;
    }

    /** Pupils without a place now get a place free later where one fits, most urgent first ("Platz ab"). */
    private static void reserveLaterPlaces(PlacementPlan plan, CandidateFinder.Problem problem,
            Map<String, Integer> unplaced, List<PlannedPlacement> result) {
        if (unplaced.isEmpty() || !problem.later().any()) {
            return;
        }
        List<String> mostUrgentFirst = plan.getPlacements().stream()
                .filter(p -> unplaced.containsKey(p.getCaseNumber()))
                .sorted(Comparator.comparingLong((PupilPlacement p) -> -p.getProfile().unassignedWeight())
                        .thenComparing(PupilPlacement::getCaseNumber))
                .map(PupilPlacement::getCaseNumber).toList();
        problem.later().reserve(mostUrgentFirst, problem.dates()).forEach((caseNumber, reservation) -> {
            int index = unplaced.get(caseNumber);
            PlannedPlacement without = result.get(index);
            School school = problem.schools().get(reservation.place().schoolNumber());
            String reason = ReasonTexts.reservedForLater(reservation.startDate(), school.name(), school.schoolNumber(),
                    ReasonTexts.km(reservation.distanceMetres()), without.reason());
            result.set(index, new PlannedPlacement(caseNumber, school.schoolNumber(), reservation.place().groupKind(),
                    without.grade(), reservation.distanceMetres(), PlacementStatus.PLATZ_AB, reason,
                    List.of(school.authority()), reservation.place().gradeFrom(), DistanceMeasure.LUFTLINIE,
                    reservation.distanceMetres(), null, reservation.startDate()));
        });
    }

    private static boolean hasRoom(SchoolQuota quota, Map<SchoolQuota, Long> used) {
        return used.getOrDefault(quota, 0L) < quota.getFreePlaces();
    }

    /**
     * Why a published placement changed. The solver moves a published pupil only when that pays off against
     * the published-change weight: a rule no longer holds, or more pupils get a place or the plan gets better.
     */
    private static ReasonTexts.MoveCause moveCause(PupilPlacement placement, String publishedSchool,
            ActiveOverrides active) {
        if (active.excludedSchools(placement.getCaseNumber()).contains(publishedSchool)) {
            return ReasonTexts.MoveCause.EXCLUDED;
        }
        if (placement.getCandidates().stream().noneMatch(q -> q.getSchoolNumber().equals(publishedSchool))) {
            return ReasonTexts.MoveCause.NO_LONGER_FITS;
        }
        return ReasonTexts.MoveCause.REPLANNED;
    }

    /** The family language when the school offers heritage-language lessons in it, else null. */
    private static String heritageLanguage(Pupil pupil, School school) {
        if (pupil.familyLanguage() == null) {
            return null;
        }
        String language = pupil.familyLanguage().toLowerCase(Locale.GERMAN);
        return school.heritageLanguages().stream().filter(l -> l.toLowerCase(Locale.GERMAN).equals(language))
                .findFirst().orElse(null);
    }

    /**
     * Who must hear of an unassigned pupil: the authorities of the school forms the pupil could attend, in
     * the pupil's home municipality (for a child too young or too old, those of the band's usual forms).
     */
    private List<String> responsibleAuthorities(Pupil pupil, Eligibility eligibility) {
        Set<SchoolForm> forms = eligibility.allowedForms().isEmpty() ? eligibility.band().defaultForms()
                : eligibility.allowedForms();
        Set<String> result = new TreeSet<>();
        for (SchoolForm form : forms) {
            authorities.authorityFor(form, pupil.address().municipalityKey()).ifPresent(result::add);
        }
        return result.isEmpty() ? List.of(Authorities.UNKNOWN) : List.copyOf(result);
    }

    private static UnplacedCause unassignedCause(PupilPlacement placement, Eligibility eligibility, Ways ways) {
        if (eligibility.withoutCandidates() != null) {
            return eligibility.withoutCandidates();
        }
        List<SchoolQuota> candidates = placement.getCandidates();
        return new UnplacedCause.AllCandidatesFull(candidates.size(),
                new UnplacedCause.Offer(eligibility.allowedForms(), eligibility.literacyGroup()), eligibility.grade(),
                placement.distanceTo(candidates.get(candidates.size() - 1)), ways.walking());
    }
}
