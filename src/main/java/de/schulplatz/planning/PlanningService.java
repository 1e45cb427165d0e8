package de.schulplatz.planning;

import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.planning.solver.PlacementSolverConfig;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.pupils.PupilRepository;
import de.schulplatz.runs.RunRepository;
import de.schulplatz.schoolsystem.Authorities;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schoolsystem.SchoolYear;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schools.School;
import de.schulplatz.schools.SchoolRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Plans all pupils in the database: applies the eligibility rules, lets the solver choose, and stores
 * each pupil's placement with its reason as the plan of the run.
 */
@Service
public class PlanningService {

    private static final Logger log = LoggerFactory.getLogger(PlanningService.class);

    private final PupilRepository pupils;
    private final SchoolRepository schools;
    private final PlacementRepository placements;
    private final RunRepository runs;
    private final PlanningSettings settings;
    private final Authorities authorities;
    private final SolverFactory<PlacementPlan> solverFactory;

    PlanningService(PupilRepository pupils, SchoolRepository schools, PlacementRepository placements, RunRepository runs,
            PlanningSettings settings, Authorities authorities) {
        this.authorities = authorities;
        this.pupils = pupils;
        this.schools = schools;
        this.placements = placements;
        this.runs = runs;
        this.settings = settings;
        this.solverFactory = SolverFactory.create(
                PlacementSolverConfig.create(settings.timeLimit(), settings.unimprovedTimeLimit()));
    }

    public PlanningOutcome plan(long runId, LocalDate planningDate) {
        List<Pupil> allPupils = pupils.findAll();
        List<School> allSchools = schools.findAll();
        Map<String, List<PlaceQuota>> quotas = schools.findAllQuotas();
        CandidateFinder.Problem problem = new CandidateFinder(SchoolYear.containing(planningDate), settings)
                .build(allPupils, allSchools, quotas);
        log.info("Run {}: planning {} pupils into {} quotas of {} schools", runId, allPupils.size(),
                problem.plan().getQuotas().size(), allSchools.size());

        long start = System.nanoTime();
        Solver<PlacementPlan> solver = solverFactory.buildSolver();
        PlacementPlan solved = solver.solve(problem.plan());
        long solvingMillis = (System.nanoTime() - start) / 1_000_000;
        HardMediumSoftLongScore score = solved.getScore();
        log.info("Run {}: solved in {} ms, score {}", runId, solvingMillis, score);

        Map<String, Pupil> pupilByCase = allPupils.stream().collect(Collectors.toMap(Pupil::caseNumber, p -> p));
        List<PlannedPlacement> result = explain(keepWithinFreePlaces(solved), problem, pupilByCase);
        placements.replace(runId, result);
        runs.saveScore(runId, score.hardScore(), score.mediumScore(), score.softScore(), solvingMillis);
        int placed = (int) result.stream().filter(PlannedPlacement::isPlaced).count();
        return new PlanningOutcome(result.size(), placed, result.size() - placed, score.hardScore(),
                score.mediumScore(), score.softScore(), solvingMillis);
    }

    /**
     * The solver only ends with an overfilled quota when it ran out of time before finding a feasible plan;
     * a published list must never exceed free places, so the farthest pupils of such a quota are taken out.
     */
    private static PlacementPlan keepWithinFreePlaces(PlacementPlan plan) {
        Map<SchoolQuota, List<PupilPlacement>> byQuota = new HashMap<>();
        plan.getPlacements().stream().filter(PupilPlacement::isAssigned)
                .forEach(p -> byQuota.computeIfAbsent(p.getQuota(), q -> new ArrayList<>()).add(p));
        byQuota.forEach((quota, assigned) -> {
            int overflow = assigned.size() - quota.getFreePlaces();
            if (overflow > 0) {
                log.warn("Quota {} overfilled by {} after solving; removing the farthest pupils", quota, overflow);
                assigned.sort(Comparator.comparingInt(PupilPlacement::distanceMetres).reversed());
                assigned.subList(0, overflow).forEach(p -> p.setQuota(null));
            }
        });
        return plan;
    }

    private List<PlannedPlacement> explain(PlacementPlan plan, CandidateFinder.Problem problem,
            Map<String, Pupil> pupilByCase) {
        List<PlannedPlacement> result = new ArrayList<>();
        for (PupilPlacement placement : plan.getPlacements()) {
            Eligibility rules = problem.eligibility().get(placement.getCaseNumber());
            SchoolQuota quota = placement.getQuota();
            if (quota != null) {
                int rank = placement.getCandidates().indexOf(quota);
                result.add(new PlannedPlacement(placement.getCaseNumber(), quota.getSchoolNumber(), rules.grade(),
                        placement.distanceMetres(), PlacementStatus.VORGESCHLAGEN,
                        ReasonTexts.placed(rank, placement.distanceMetres()),
                        List.of(problem.schoolOf().get(quota).authority())));
            } else {
                result.add(new PlannedPlacement(placement.getCaseNumber(), null, rules.grade(), null,
                        PlacementStatus.NICHT_ZUGEWIESEN, unassignedReason(placement, rules, problem),
                        responsibleAuthorities(pupilByCase.get(placement.getCaseNumber()), rules)));
            }
        }
        return result;
    }

    /**
     * Who must hear of an unassigned pupil: the authorities of the school forms the pupil could attend, in
     * the pupil's home municipality (for a child too young or too old, those of the band's usual forms).
     */
    private List<String> responsibleAuthorities(Pupil pupil, Eligibility rules) {
        Set<SchoolForm> forms = rules.allowedForms().isEmpty() ? rules.band().defaultForms() : rules.allowedForms();
        Set<String> result = new TreeSet<>();
        for (SchoolForm form : forms) {
            authorities.authorityFor(form, pupil.address().municipalityKey()).ifPresent(result::add);
        }
        return result.isEmpty() ? List.of(Authorities.UNKNOWN) : List.copyOf(result);
    }

    private static String unassignedReason(PupilPlacement placement, Eligibility rules, CandidateFinder.Problem problem) {
        if (rules.notPlaceable() != null) {
            return rules.notPlaceable();
        }
        List<SchoolQuota> candidates = placement.getCandidates();
        if (!candidates.isEmpty()) {
            return ReasonTexts.allCandidatesFull(candidates.size(), rules.allowedForms(), rules.grade(),
                    placement.distanceTo(candidates.get(candidates.size() - 1)));
        }
        boolean anyOffer = problem.plan().getQuotas().stream()
                .anyMatch(q -> q.covers(rules.grade()) && rules.allowedForms().contains(q.getForm()));
        return anyOffer ? ReasonTexts.noFreePlace(rules.allowedForms(), rules.grade())
                : ReasonTexts.noSchoolOffersGrade(rules.allowedForms(), rules.grade());
    }
}
