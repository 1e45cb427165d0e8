package de.schulplatz.planning;

import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.pupils.PupilRepository;
import de.schulplatz.routing.WalkingRoutes;
import de.schulplatz.schools.School;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
            String measure, String attribution) {
    }

    private final PupilRepository pupils;
    private final PlanningProblems problems;

    CandidateSchools(PupilRepository pupils, PlanningProblems problems) {
        this.pupils = pupils;
        this.problems = problems;
    }

    /** Empty when the case number is unknown. */
    public Optional<PupilCandidates> of(String caseNumber, LocalDate planningDate) {
        Optional<Pupil> pupil = pupils.find(caseNumber);
        if (pupil.isEmpty()) {
            return Optional.empty();
        }
        CandidateFinder.Problem problem = problems.loadOne(pupil.get(), planningDate).problem();
        Eligibility eligibility = problem.eligibility().get(caseNumber);
        PupilPlacement placement = problem.plan().getPlacements().get(0);
        Ways ways = problem.ways();
        List<Candidate> candidates = placement.getCandidates().stream()
                .map(quota -> candidate(quota, problem.schools().get(quota.getSchoolNumber()), placement, pupil.get(), ways))
                .toList();
        UnplacedCause cause = eligibility.withoutCandidates();
        String reason = cause == null ? null : ReasonTexts.unplaced(cause);
        return Optional.of(new PupilCandidates(eligibility.grade(), ReasonTexts.formNames(eligibility.allowedForms()),
                candidates, reason, ways.measure().label(), ways.walking() ? WalkingRoutes.ATTRIBUTION : null));
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
