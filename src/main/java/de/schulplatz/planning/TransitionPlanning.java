package de.schulplatz.planning;

import de.schulplatz.pupils.Pupil;
import de.schulplatz.pupils.PupilRepository;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schools.School;
import de.schulplatz.transition.RegularPlace;
import de.schulplatz.transition.TransitionCase;
import de.schulplatz.transition.TransitionRepository;
import de.schulplatz.transition.TransitionSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The transition out of the initial German support (Übergang aus der Erstförderung): the pupils of the sheet
 * "Übergang" into the regular-class places, with the same model, flow start, proven bound and local search as
 * the first placement. Staying at the current school is preferred when its form is the decided one (the
 * model's published-change term, with {@code schulplatz.transition.stay-weight}); then way, siblings, spread.
 * Once a transition plan is published, a re-plan keeps its schools with the same weight instead.
 */
@Service
public class TransitionPlanning {

    private static final Logger log = LoggerFactory.getLogger(TransitionPlanning.class);

    private final TransitionRepository transitions;
    private final PupilRepository pupils;
    private final PlanningProblems problems;
    private final PlanningService planning;
    private final PlacementSolving solving;
    private final TransitionSettings settings;
    private final PlacementRepository placements;

    TransitionPlanning(TransitionRepository transitions, PupilRepository pupils,
            PlanningProblems problems, PlanningService planning, PlacementSolving solving, TransitionSettings settings,
            PlacementRepository placements) {
        this.placements = placements;
        this.transitions = transitions;
        this.pupils = pupils;
        this.problems = problems;
        this.planning = planning;
        this.solving = solving;
        this.settings = settings;
    }

    public PlanningOutcome plan(long runId, LocalDate planningDate) {
        solving.starting(runId);
        // A re-plan keeps what the last published transition told the schools, as the current school before.
        Map<String, String> published = placements.publishedSchools(runId);
        Map<String, Pupil> pupilByCase = pupils.findAll().stream()
                .collect(Collectors.toMap(Pupil::caseNumber, Function.identity()));
        List<Pupil> decided = new ArrayList<>();
        Map<String, String> current = new HashMap<>();
        Map<String, TransitionCase> caseByNumber = new HashMap<>();
        for (TransitionCase transition : transitions.cases()) {
            Pupil pupil = pupilByCase.get(transition.caseNumber());
            if (pupil != null) {
                decided.add(pupil.asDecided(transition.grade(), transition.decidedForm()));
                current.put(transition.caseNumber(), published.getOrDefault(transition.caseNumber(),
                        transition.currentSchool()));
                caseByNumber.put(transition.caseNumber(), transition);
            }
        }
        Map<String, List<PlaceQuota>> places = new HashMap<>();
        transitions.placesBySchool().forEach((school, rows) -> places.put(school, rows.stream()
                .map(TransitionPlanning::quota).toList()));
        log.info("Run {}: transition of {} pupils into the regular classes of {} schools", runId, decided.size(),
                places.size());
        PlanningProblems.Loaded loaded = problems.loadTransition(decided, places, planningDate, current,
                settings.stayWeight());
        // the schools the problem was built from, not read a second time
        Map<String, School> schoolByNumber = loaded.problem().schools();
        return planning.solve(runId, loaded, Map.of(), planningDate,
                outcomes -> outcomes.stream().map(o -> transitionOutcome(o, caseByNumber.get(o.caseNumber()),
                        schoolByNumber)).toList());
    }

    private static PlaceQuota quota(RegularPlace place) {
        return new PlaceQuota(place.schoolNumber(), GroupKind.REGELKLASSE, place.grade(), place.grade(),
                place.freePlaces());
    }

    /** The reason says whether the pupil stays or moves, and why; the start is the day of the move. */
    private static PlannedPlacement transitionOutcome(PlannedPlacement outcome, TransitionCase transition,
            Map<String, School> schools) {
        if (transition == null) {
            return outcome;
        }
        School from = schools.get(transition.currentSchool());
        String reason;
        if (!outcome.isPlaced()) {
            reason = ReasonTexts.transitionWithoutPlace(outcome.reason());
        } else if (outcome.schoolNumber().equals(transition.currentSchool())) {
            reason = ReasonTexts.transitionStays(outcome.reason());
        } else {
            reason = ReasonTexts.transitionMoves(from.name(), from.schoolNumber(),
                    from.form() != transition.decidedForm(), outcome.reason());
        }
        PlannedPlacement withReason = new PlannedPlacement(outcome.caseNumber(), outcome.schoolNumber(),
                outcome.groupKind(), outcome.grade(), outcome.distanceMetres(), outcome.status(), reason,
                outcome.authorities(), outcome.quotaGradeFrom(), outcome.measure(), outcome.straightMetres(),
                outcome.transit(), outcome.isPlaced() ? transition.moveDate() : null);
        return withReason;
    }
}
