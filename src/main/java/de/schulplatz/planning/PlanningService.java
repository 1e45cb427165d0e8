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
import de.schulplatz.schools.School;
import de.schulplatz.schools.SchoolRepository;
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
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Plans all pupils in the database: applies the eligibility rules, lets the solver choose, and stores
 * each pupil's placement with its reason, and the score per constraint, as the plan of the run.
 */
@Service
public class PlanningService {

    private static final Logger log = LoggerFactory.getLogger(PlanningService.class);

    private final PupilRepository pupils;
    private final SchoolRepository schools;
    private final PlacementRepository placements;
    private final RunRepository runs;
    private final PlanningSettings settings;
    private final RuleSettings rules;
    private final WeightSettings weights;
    private final Authorities authorities;
    private final SolverFactory<PlacementPlan> solverFactory;
    private final SolutionManager<PlacementPlan, HardMediumSoftLongScore> solutionManager;

    PlanningService(PupilRepository pupils, SchoolRepository schools, PlacementRepository placements, RunRepository runs,
            PlanningSettings settings, RuleSettings rules, WeightSettings weights, Authorities authorities) {
        this.pupils = pupils;
        this.schools = schools;
        this.placements = placements;
        this.runs = runs;
        this.settings = settings;
        this.rules = rules;
        this.weights = weights;
        this.authorities = authorities;
        this.solverFactory = SolverFactory.create(
                PlacementSolverConfig.create(settings.timeLimit(), settings.unimprovedTimeLimit()));
        this.solutionManager = SolutionManager.create(solverFactory);
    }

    public PlanningOutcome plan(long runId, LocalDate planningDate) {
        List<Pupil> allPupils = pupils.findAll();
        CandidateFinder.Problem problem = new CandidateFinder(planningDate, settings, rules, weights)
                .build(allPupils, schools.findAll(), schools.findAllQuotas());
        log.info("Run {}: planning {} pupils into {} quotas of {} schools", runId, allPupils.size(),
                problem.plan().getQuotas().size(), problem.plan().getSchools().size());

        long start = System.nanoTime();
        Solver<PlacementPlan> solver = solverFactory.buildSolver();
        PlacementPlan solved = keepWithinFreePlaces(solver.solve(problem.plan()));
        long solvingMillis = (System.nanoTime() - start) / 1_000_000;
        var explanation = solutionManager.explain(solved);
        HardMediumSoftLongScore score = explanation.getScore();
        log.info("Run {}: solved in {} ms, score {}", runId, solvingMillis, score);

        Map<String, Pupil> pupilByCase = allPupils.stream().collect(Collectors.toMap(Pupil::caseNumber, Function.identity()));
        List<PlannedPlacement> result = explain(solved, problem, pupilByCase);
        placements.replace(runId, result);
        runs.saveScore(runId, score.hardScore(), score.mediumScore(), score.softScore(), solvingMillis);
        runs.saveConstraintScores(runId, explanation.getConstraintMatchTotalMap().values().stream()
                .map(total -> new RunRepository.ConstraintScore(total.getConstraintName(),
                        total.getConstraintMatchCount(), total.getScore().hardScore(), total.getScore().mediumScore(),
                        total.getScore().softScore()))
                .toList());
        saveSiblingFigures(runId, solved);
        int placed = (int) result.stream().filter(PlannedPlacement::isPlaced).count();
        return new PlanningOutcome(result.size(), placed, result.size() - placed, score.hardScore(),
                score.mediumScore(), score.softScore(), solvingMillis);
    }

    /** Counts sibling pairs that have a school in common, and those of them placed at one school. */
    private void saveSiblingFigures(long runId, PlacementPlan plan) {
        Map<String, List<PupilPlacement>> families = plan.getPlacements().stream()
                .filter(p -> p.getFamilyId() != null)
                .collect(Collectors.groupingBy(PupilPlacement::getFamilyId));
        int sharable = 0;
        int together = 0;
        for (List<PupilPlacement> family : families.values()) {
            for (int i = 0; i < family.size(); i++) {
                for (int j = i + 1; j < family.size(); j++) {
                    if (family.get(i).couldShareSchoolWith(family.get(j))) {
                        sharable++;
                        together += family.get(i).attendsSameSchoolAs(family.get(j)) ? 1 : 0;
                    }
                }
            }
        }
        runs.saveSiblingPairs(runId, sharable, together);
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
        Map<String, Map<String, Integer>> familyCountAtSchool = new HashMap<>();
        for (PupilPlacement placement : plan.getPlacements()) {
            if (placement.getFamilyId() != null && placement.isAssigned()) {
                familyCountAtSchool.computeIfAbsent(placement.getFamilyId(), f -> new HashMap<>())
                        .merge(placement.schoolNumber(), 1, Integer::sum);
            }
        }
        List<PlannedPlacement> result = new ArrayList<>();
        for (PupilPlacement placement : plan.getPlacements()) {
            Eligibility eligibility = problem.eligibility().get(placement.getCaseNumber());
            Pupil pupil = pupilByCase.get(placement.getCaseNumber());
            SchoolQuota quota = placement.getQuota();
            if (quota != null) {
                School school = problem.schools().get(quota.getSchoolNumber());
                boolean siblingHere = placement.getFamilyId() != null
                        && familyCountAtSchool.get(placement.getFamilyId()).get(quota.getSchoolNumber()) > 1;
                int wishRank = placement.getProfile().wishedSchools().indexOf(quota.getSchoolNumber());
                String reason = ReasonTexts.placed(new ReasonTexts.PlacedFacts(placement.getCandidates().indexOf(quota),
                        placement.distanceMetres(), quota.getGroupKind(), wishRank, placement.hasWishes(),
                        placement.getCandidates().stream()
                                .anyMatch(q -> placement.getProfile().wishedSchools().contains(q.getSchoolNumber())),
                        siblingHere,
                        placement.getProfile().reimbursementThresholdMetres(), placement.isOutsideHomeMunicipality(),
                        heritageLanguage(pupil, school)));
                result.add(new PlannedPlacement(placement.getCaseNumber(), quota.getSchoolNumber(), quota.getGroupKind(),
                        eligibility.grade(),
                        placement.distanceMetres(), PlacementStatus.VORGESCHLAGEN, reason, List.of(school.authority())));
            } else {
                result.add(new PlannedPlacement(placement.getCaseNumber(), null, null, eligibility.grade(), null,
                        PlacementStatus.NICHT_ZUGEWIESEN, unassignedReason(placement, eligibility),
                        responsibleAuthorities(pupil, eligibility)));
            }
        }
        return result;
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

    private static String unassignedReason(PupilPlacement placement, Eligibility eligibility) {
        if (eligibility.notPlaceable() != null) {
            return eligibility.notPlaceable();
        }
        if (eligibility.noCandidateReason() != null) {
            return eligibility.noCandidateReason();
        }
        List<SchoolQuota> candidates = placement.getCandidates();
        return ReasonTexts.allCandidatesFull(candidates.size(), eligibility.allowedForms(), eligibility.groupKind(),
                eligibility.grade(), placement.distanceTo(candidates.get(candidates.size() - 1)));
    }
}
