package de.schulplatz.planning;

import de.schulplatz.schoolsystem.RuleSettings;
import de.schulplatz.overrides.OverrideRepository;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.pupils.PupilRepository;
import de.schulplatz.routing.WalkingRoutes;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schools.SchoolRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads what a plan is made of, the one way for the run, the benchmark's comparisons and the pupil's page:
 * the plannable pupils, the overrides in force on the planning date, the schools and their free places,
 * turned into the solver's problem by the {@link CandidateFinder}.
 */
@Component
class PlanningProblems {

    private static final Logger log = LoggerFactory.getLogger(PlanningProblems.class);

    /**
     * @param pupils    every plannable pupil, the withdrawn ones included (they get an outcome of their own)
     * @param overrides the overrides in force on the planning date
     * @param finder    the rules of that date, for the eligibility of pupils not in the problem
     * @param problem   the solver's problem: every pupil not withdrawn
     */
    record Loaded(List<Pupil> pupils, ActiveOverrides overrides, CandidateFinder finder, CandidateFinder.Problem problem) {
    }

    private final PupilRepository pupilRepository;
    private final SchoolRepository schools;
    private final OverrideRepository overrideRepository;
    private final PlanningSettings settings;
    private final RuleSettings rules;
    private final WeightSettings weights;
    private final WalkingRoutes routes;

    PlanningProblems(PupilRepository pupilRepository, SchoolRepository schools, OverrideRepository overrideRepository,
            PlanningSettings settings, RuleSettings rules, WeightSettings weights, WalkingRoutes routes) {
        this.routes = routes;
        this.pupilRepository = pupilRepository;
        this.schools = schools;
        this.overrideRepository = overrideRepository;
        this.settings = settings;
        this.rules = rules;
        this.weights = weights;
    }

    /** @param published the school of each pupil in the last published plan: where re-planning starts */
    Loaded load(LocalDate planningDate, Map<String, String> published) {
        return load(pupilRepository.findPlannable(), planningDate, published, true);
    }

    /**
     * The transition's problem: the pupils as decided (grade of the next year, the decided form), the
     * regular-class places, and staying at the current school preferred with the transition's weight
     * (the published-change term of the model, with the current school as the "published" one).
     *
     * @param currentSchools the school each pupil attends now
     */
    Loaded loadTransition(List<Pupil> decided, Map<String, List<PlaceQuota>> regularPlaces, LocalDate moveDate,
            Map<String, String> currentSchools, long stayWeight) {
        WeightSettings transitionWeights = weights.withPublishedChange(stayWeight);
        CandidateFinder finder = new CandidateFinder(moveDate, settings, rules, transitionWeights, routes).forTransition();
        CandidateFinder.Problem problem = finder.build(decided, schools.findAll(), regularPlaces, currentSchools,
                ActiveOverrides.NONE);
        return new Loaded(decided, ActiveOverrides.NONE, finder, problem);
    }

    /**
     * The problem of one pupil alone, as the next run would build it for that pupil (also for a withdrawn
     * one: the page shows what would be offered if the withdrawal ended).
     */
    Loaded loadOne(Pupil pupil, LocalDate planningDate) {
        return load(List.of(pupil), planningDate, Map.of(), false);
    }

    private Loaded load(List<Pupil> pupils, LocalDate planningDate, Map<String, String> published,
            boolean leaveOutWithdrawn) {
        ActiveOverrides active = ActiveOverrides.of(overrideRepository.active(), planningDate);
        List<Pupil> toPlan = leaveOutWithdrawn ? pupils.stream().filter(p -> !active.isWithdrawn(p.caseNumber())).toList()
                : pupils;
        CandidateFinder finder = new CandidateFinder(planningDate, settings, rules, weights, routes);
        var allSchools = schools.findAll();
        var allQuotas = schools.findAllQuotas();
        long started = System.nanoTime();
        CandidateFinder.Problem problem = finder.build(toPlan, allSchools, allQuotas, published, active);
        if (leaveOutWithdrawn) {
            log.info("Candidate search for {} pupils in {} ms", toPlan.size(), (System.nanoTime() - started) / 1_000_000);
        }
        return new Loaded(pupils, active, finder, problem);
    }
}
