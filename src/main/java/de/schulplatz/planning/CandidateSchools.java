package de.schulplatz.planning;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.pupils.PupilRepository;
import de.schulplatz.routing.WalkingRoutes;
import de.schulplatz.schools.School;
import de.schulplatz.schoolsystem.RuleSettings;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The schools the rules allow for one pupil, nearest first, exactly as the next run would offer them to the
 * solver (same rules, same overrides in force, same limit on their number). For the pupil's page, where an
 * adviser sees why a school is or is not among the choices.
 */
@Service
public class CandidateSchools {

    /**
     * One allowed place offer.
     *
     * @param freePlaces     the places the school reports for this grade range and kind of group (before any
     *                       pupil is placed), changed by corrections in force
     * @param distanceMetres the way as the plan measures it ({@code measure}: "Luftlinie" or "Fußweg")
     */
    public record Candidate(String schoolNumber, String schoolName, String schoolForm, String groupKind,
            String grades, int distanceMetres, int freePlaces, String measure, int straightMetres) {
    }

    /**
     * What the rules say about the pupil.
     *
     * @param reason      why the pupil gets no candidate at all (not placeable or no school left), else null
     * @param measure     how the ways are measured: "Luftlinie", or "Fußweg" with an extract
     * @param attribution the map data's attribution where walking routes are shown, else null
     */
    public record PupilCandidates(int grade, String allowedForms, List<Candidate> candidates, String reason,
            String measure, String attribution, List<OtherSchool> others) {

        /** For a pupil without candidates: the nearest school that is ruled out only by the distance limit. */
        public OtherSchool nearestBeyondLimit() {
            return candidates.isEmpty() ? others.stream().filter(OtherSchool::beyondLimit).findFirst().orElse(null)
                    : null;
        }
    }

    /**
     * A school the rules do not offer the pupil, with the first rule that rules it out (in the order a KI
     * adviser can act on), nearest first by the straight line.
     */
    public record OtherSchool(String schoolNumber, String schoolName, String schoolForm, int straightMetres,
            String reason, boolean beyondLimit) {
    }

    private final PupilRepository pupils;
    private final PlanningProblems problems;
    private final RuleSettings rules;
    private final PlanningSettings settings;

    CandidateSchools(PupilRepository pupils, PlanningProblems problems, RuleSettings rules, PlanningSettings settings) {
        this.pupils = pupils;
        this.problems = problems;
        this.rules = rules;
        this.settings = settings;
    }

    /** Empty when the case number is unknown. */
    public Optional<PupilCandidates> of(String caseNumber, LocalDate planningDate) {
        Optional<Pupil> pupil = pupils.find(caseNumber);
        if (pupil.isEmpty()) {
            return Optional.empty();
        }
        PlanningProblems.Loaded loaded = problems.loadOne(pupil.get(), planningDate);
        CandidateFinder.Problem problem = loaded.problem();
        Eligibility eligibility = problem.eligibility().get(caseNumber);
        PupilPlacement placement = problem.plan().getPlacements().get(0);
        Ways ways = problem.ways();
        List<Candidate> candidates = placement.getCandidates().stream()
                .map(quota -> candidate(quota, problem.schools().get(quota.getSchoolNumber()), placement, pupil.get(), ways))
                .toList();
        UnplacedCause cause = eligibility.withoutCandidates();
        String reason = cause == null ? null : ReasonTexts.unplaced(cause);
        Set<String> offered = candidates.stream().map(Candidate::schoolNumber).collect(Collectors.toSet());
        Set<String> excluded = loaded.overrides().excludedSchools(caseNumber);
        GeoPoint home = pupil.get().address().position();
        List<OtherSchool> others = problem.schools().values().stream()
                .filter(school -> !offered.contains(school.schoolNumber()))
                .map(school -> other(school, home.distanceMetresTo(school.address().position()), eligibility,
                        problem.plan().getQuotas(), excluded))
                .sorted(Comparator.comparingInt(OtherSchool::straightMetres).thenComparing(OtherSchool::schoolNumber))
                .toList();
        return Optional.of(new PupilCandidates(eligibility.grade(), ReasonTexts.formNames(eligibility.allowedForms()),
                candidates, reason, ways.measure().label(), ways.walking() ? WalkingRoutes.ATTRIBUTION : null, others));
    }

    /** Why a school is not offered: the first rule, in the order of the candidate search's reasons. */
    private OtherSchool other(School school, int metres, Eligibility eligibility, List<SchoolQuota> quotas,
            Set<String> excluded) {
        List<SchoolQuota> forGrade = quotas.stream().filter(q -> q.getSchoolNumber().equals(school.schoolNumber())
                && q.covers(eligibility.grade()) && q.getGroupKind() == eligibility.groupKindAt(q.getForm())).toList();
        int limit = rules.maxDistanceMetres(eligibility.band());
        String reason;
        boolean beyond = false;
        if (eligibility.notPlaceable() != null) {
            reason = "das Kind wird nicht eingeplant";
        } else if (!eligibility.allowedForms().contains(school.form())) {
            reason = "Schulform " + school.form().germanName() + " nicht zulässig (zulässig: "
                    + ReasonTexts.formNames(eligibility.allowedForms()) + ")";
        } else if (!school.takesNewcomers()) {
            reason = "nimmt keine Seiteneinsteiger auf";
        } else if (forGrade.isEmpty()) {
            reason = "meldet keine Plätze für Jahrgang " + eligibility.grade();
        } else if (forGrade.stream().allMatch(q -> q.getFreePlaces() == 0)) {
            reason = "keine freien Plätze für Jahrgang " + eligibility.grade();
        } else if (excluded.contains(school.schoolNumber())) {
            reason = "für dieses Kind ausgeschlossen (Korrektur)";
        } else if (eligibility.barrierFreeNeeded() && !school.barrierFree()) {
            reason = "nicht barrierefrei";
        } else if (metres > limit) {
            reason = "weiter als die Höchstentfernung von " + ReasonTexts.km(limit);
            beyond = true;
        } else {
            reason = "nicht unter den " + settings.maxCandidates() + " nächsten passenden Plätzen (oder der Fußweg "
                    + "ist länger als die Höchstentfernung)";
        }
        return new OtherSchool(school.schoolNumber(), school.name(), school.form().germanName(), metres, reason, beyond);
    }

    private static Candidate candidate(SchoolQuota quota, School school, PupilPlacement placement, Pupil pupil,
            Ways ways) {
        String grades = quota.getGradeFrom() == quota.getGradeTo() ? String.valueOf(quota.getGradeFrom())
                : quota.getGradeFrom() + "–" + quota.getGradeTo();
        return new Candidate(quota.getSchoolNumber(), school.name(), school.form().germanName(),
                quota.getGroupKind().label(), grades, placement.distanceTo(quota), quota.getFreePlaces(),
                ways.measure(pupil.caseNumber(), quota.getSchoolNumber()).label(),
                pupil.address().position().distanceMetresTo(quota.getLocation()));
    }
}
