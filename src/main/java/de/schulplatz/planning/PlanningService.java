package de.schulplatz.planning;

import de.schulplatz.overrides.Override;
import de.schulplatz.overrides.OverrideAction;
import de.schulplatz.overrides.OverrideRepository;
import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.planning.flow.ExactOptimum;
import de.schulplatz.planning.flow.FlowPlanner;
import de.schulplatz.planning.solver.PlacementConstraintProvider;
import de.schulplatz.planning.solver.PlacementSolverConfig;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.pupils.PupilRepository;
import de.schulplatz.runs.RunProgress;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.IdentityHashMap;
import org.optaplanner.core.api.score.ScoreExplanation;

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
    private final OverrideRepository overrides;
    private final RunProgress progress;
    private final TransactionTemplate newTransaction;
    private volatile Solver<PlacementPlan> current;
    /** Runs asked to stop, also before their solving has begun (during the import steps). */
    private final Set<Long> stopRequests = ConcurrentHashMap.newKeySet();
    private volatile long currentRunId;
    private final SolverFactory<PlacementPlan> solverFactory;
    private final SolutionManager<PlacementPlan, HardMediumSoftLongScore> solutionManager;

    PlanningService(PupilRepository pupils, SchoolRepository schools, PlacementRepository placements, RunRepository runs,
            PlanningSettings settings, RuleSettings rules, WeightSettings weights, Authorities authorities,
            OverrideRepository overrides, RunProgress progress, PlatformTransactionManager transactionManager) {
        this.overrides = overrides;
        this.progress = progress;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
        currentRunId = runId;
        List<Pupil> allPupils = pupils.findPlannable();
        ActiveOverrides active = ActiveOverrides.of(overrides.active(), planningDate);
        List<Pupil> toPlan = allPupils.stream().filter(p -> !active.withdrawn().contains(p.caseNumber())).toList();
        CandidateFinder finder = new CandidateFinder(planningDate, settings, rules, weights);
        Map<String, String> published = placements.publishedSchools(runId);
        CandidateFinder.Problem problem = finder.build(toPlan, schools.findAll(), schools.findAllQuotas(), published,
                active);
        log.info("Run {}: planning {} pupils into {} quotas of {} schools", runId, allPupils.size(),
                problem.plan().getQuotas().size(), problem.plan().getSchools().size());

        long start = System.nanoTime();
        // Exact start: the min-cost flow without the sibling term places the minimum weighted number of
        // pupils unassigned and gives the proven bound; local search then works on the siblings.
        FlowPlanner.Result flow = FlowPlanner.solve(problem.plan());
        flow.applyTo(problem.plan());
        boolean republish = problem.plan().getPlacements().stream()
                .anyMatch(p -> p.getProfile().publishedSchoolNumber() != null);
        if (republish) {
            HardMediumSoftLongScore flowStart = solutionManager.update(problem.plan());
            Map<PupilPlacement, SchoolQuota> publishedPlan = FlowPlanner.publishedStart(problem.plan(), flow);
            Map<PupilPlacement, SchoolQuota> flowAssignment = new IdentityHashMap<>();
            problem.plan().getPlacements().forEach(p -> flowAssignment.put(p, p.getQuota()));
            publishedPlan.forEach(PupilPlacement::setQuota);
            HardMediumSoftLongScore publishedStart = solutionManager.update(problem.plan());
            if (publishedStart.compareTo(flowStart) < 0) {
                flowAssignment.forEach(PupilPlacement::setQuota);
            } else {
                log.info("Run {}: starting from the published plan ({}), at least as good as the flow's plan ({})",
                        runId, publishedStart, flowStart);
            }
        }
        log.info("Run {}: min-cost flow in {} ms: {} unassigned (weighted {}), soft bound {}{}", runId, flow.millis(),
                flow.unassigned(), flow.mediumPenalty(), flow.softPenalty(), flow.exact() ? "" : " (not proven)");
        long[] firstFeasible = {-1};
        Solver<PlacementPlan> solver = solverFactory.buildSolver();
        solver.addEventListener(event -> {
            if (firstFeasible[0] < 0 && event.getNewBestScore().isSolutionInitialized()
                    && ((HardMediumSoftLongScore) event.getNewBestScore()).hardScore() == 0) {
                firstFeasible[0] = (System.nanoTime() - start) / 1_000_000;
            }
            int placed = (int) event.getNewBestSolution().getPlacements().stream().filter(PupilPlacement::isAssigned).count();
            progress.bestSolution(runId, event.getNewBestScore().toShortString(), placed,
                    event.getNewBestSolution().getPlacements().size() - placed);
        });
        current = solver;
        PlacementPlan solved;
        try {
            // Asked to stop before solving began: the flow's plan (or the published one) is the best so far.
            solved = keepWithinFreePlaces(stopRequests.contains(runId) ? problem.plan() : solver.solve(problem.plan()));
        } finally {
            current = null;
        }
        long solvingMillis = (System.nanoTime() - start) / 1_000_000;
        var explanation = solutionManager.explain(solved);
        HardMediumSoftLongScore score = explanation.getScore();
        log.info("Run {}: solved in {} ms, score {}", runId, solvingMillis, score);

        Map<String, Pupil> pupilByCase = allPupils.stream().collect(Collectors.toMap(Pupil::caseNumber, Function.identity()));
        List<PlannedPlacement> result = explain(solved, problem, pupilByCase, active, published);
        for (Pupil pupil : allPupils) {
            if (active.withdrawn().contains(pupil.caseNumber())) {
                Eligibility eligibility = finder.eligibility(pupil);
                result.add(new PlannedPlacement(pupil.caseNumber(), null, null, eligibility.grade(), null,
                        PlacementStatus.ZURUECKGEZOGEN, "zurückgezogen: " + withdrawalReason(pupil.caseNumber()),
                        responsibleAuthorities(pupil, eligibility)));
            }
        }
        // The plan is saved in a transaction of its own: when the run is stopped, Spring Batch rolls back
        // the step's transaction, but the best plan found so far must be kept.
        newTransaction.executeWithoutResult(status -> {
            save(runId, result, score, solvingMillis, explanation, solved);
            runs.saveBound(runId, flow.mediumPenalty(), flow.softPenalty(), flow.unassigned(), flow.exact());
            AssumedSchoolSize assumed = problem.assumedSchoolSize();
            runs.saveAssumedSchoolSize(runId, assumed.pupils(), assumed.basis().name(), assumed.schoolsWithoutSize());
        });
        int placed = (int) result.stream().filter(PlannedPlacement::isPlaced).count();
        int planned = toPlan.size();
        return new PlanningOutcome(planned, placed, planned - placed, score.hardScore(),
                score.mediumScore(), score.softScore(), solvingMillis, flow.mediumPenalty(), flow.softPenalty(),
                flow.unassigned(), flow.exact(), flow.millis(), firstFeasible[0] < 0 ? solvingMillis : firstFeasible[0],
                stopRequests.remove(runId));
    }

    /**
     * For the benchmark on small instances: the exact optimum of the full model (siblings included) by
     * CP-SAT, with the medium level at the flow's proven minimum; soft penalty (positive) and whether proven.
     */
    public ExactPlan exactOptimum(LocalDate planningDate, double seconds) {
        List<Pupil> allPupils = pupils.findPlannable();
        ActiveOverrides active = ActiveOverrides.of(overrides.active(), planningDate);
        List<Pupil> toPlan = allPupils.stream().filter(p -> !active.withdrawn().contains(p.caseNumber())).toList();
        CandidateFinder finder = new CandidateFinder(planningDate, settings, rules, weights);
        CandidateFinder.Problem problem = finder.build(toPlan, schools.findAll(), schools.findAllQuotas(),
                Map.of(), active);
        FlowPlanner.Result flow = FlowPlanner.solve(problem.plan());
        ExactOptimum.Result exact = ExactOptimum.solve(problem.plan(), flow.mediumPenalty(), seconds);
        return new ExactPlan(exact.optimal(), exact.softPenalty(), exact.lowerBound(), exact.seconds());
    }

    /**
     * Today's practice, for comparison: first come, first served (by registration date at the KI, else
     * arrival), each pupil at the nearest eligible place still free. Scored with the same constraints.
     */
    public GreedyBaseline greedyBaseline(LocalDate planningDate) {
        List<Pupil> allPupils = pupils.findPlannable();
        ActiveOverrides active = ActiveOverrides.of(overrides.active(), planningDate);
        List<Pupil> toPlan = allPupils.stream().filter(p -> !active.withdrawn().contains(p.caseNumber())).toList();
        CandidateFinder finder = new CandidateFinder(planningDate, settings, rules, weights);
        CandidateFinder.Problem problem = finder.build(toPlan, schools.findAll(), schools.findAllQuotas(),
                Map.of(), active);
        Map<String, Pupil> byCase = toPlan.stream().collect(Collectors.toMap(Pupil::caseNumber, Function.identity()));
        GreedyBaseline.assignFirstComeNearestFree(problem.plan(), Comparator.comparing((PupilPlacement p) -> {
            Pupil pupil = byCase.get(p.getCaseNumber());
            LocalDate since = pupil.waitingSince();
            return since == null ? LocalDate.MAX : since;
        }));
        return GreedyBaseline.of(problem.plan(), solutionManager.update(problem.plan()));
    }

    /** True once a plan of the run is saved completely (a restart after a stop keeps it instead of re-planning). */
    public boolean hasSavedPlan(long runId) {
        return runs.find(runId).map(run -> run.solvingMillis() != null).orElse(false);
    }

    private void save(long runId, List<PlannedPlacement> result, HardMediumSoftLongScore score, long solvingMillis,
            ScoreExplanation<PlacementPlan, HardMediumSoftLongScore> explanation,
            PlacementPlan solved) {
        placements.replace(runId, result);
        runs.saveScore(runId, score.hardScore(), score.mediumScore(), score.softScore(), solvingMillis);
        Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> totals = new HashMap<>();
        explanation.getConstraintMatchTotalMap().values().forEach(total -> totals.put(total.getConstraintName(), total));
        // Constraints that never matched are listed too: "0 Fälle" is worth reading (e.g. no place overfilled).
        runs.saveConstraintScores(runId, PlacementConstraintProvider.CONSTRAINT_NAMES.stream()
                .map(name -> constraintScore(name, totals.get(name)))
                .toList());
        saveSiblingFigures(runId, solved);
    }

    /** Ends the running solve early; it returns its best plan so far, which is stored as usual. */
    public void terminateEarly() {
        terminateEarly(currentRunId);
    }

    /**
     * Ends the solving of this run early, keeping its best plan; asked before the run solves (during its
     * import steps), the run keeps the flow's plan and does not solve at all. The outcome says so.
     */
    public void terminateEarly(long runId) {
        stopRequests.add(runId);
        Solver<PlacementPlan> solver = current;
        if (solver != null && currentRunId == runId) {
            log.info("Solving stopped on request; the best plan so far is kept");
            solver.terminateEarly();
        }
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
            // Pinned and confirmed pupils stay: people decided. Only proposals are taken out.
            List<PupilPlacement> movable = new ArrayList<>(assigned.stream().filter(p -> !p.isPinned()).toList());
            int overflow = Math.min(assigned.size() - quota.getFreePlaces(), movable.size());
            if (overflow > 0) {
                log.warn("Quota {} overfilled by {} after solving; removing the farthest proposed pupils", quota, overflow);
                movable.sort(Comparator.comparingInt(PupilPlacement::distanceMetres).reversed());
                movable.subList(0, overflow).forEach(p -> p.setQuota(null));
            }
        });
        return plan;
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
                String reason = ReasonTexts.placed(new ReasonTexts.PlacedFacts(rank, placement.distanceMetres(),
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
                    status = fixing.action() == OverrideAction.CONFIRM ? PlacementStatus.BESTAETIGT
                            : PlacementStatus.FEST_ZUGEWIESEN;
                    reason = ReasonTexts.fixed(fixing, quota, fixedPerQuota.get(quota), placement.distanceMetres());
                }
                String before = published.get(placement.getCaseNumber());
                if (fixing == null && before != null && !before.equals(quota.getSchoolNumber())) {
                    reason = "verlegt von " + before + ": " + moveCause(placement, before, active) + "; " + reason;
                }
                result.add(new PlannedPlacement(placement.getCaseNumber(), quota.getSchoolNumber(), quota.getGroupKind(),
                        eligibility.grade(), placement.distanceMetres(), status, reason, List.of(school.authority())));
            } else {
                String before = published.get(placement.getCaseNumber());
                String reason = unassignedReason(placement, eligibility);
                if (before != null) {
                    reason = "Platz an " + before + " entfällt: " + moveCause(placement, before, active) + "; " + reason;
                }
                result.add(new PlannedPlacement(placement.getCaseNumber(), null, null, eligibility.grade(), null,
                        PlacementStatus.NICHT_ZUGEWIESEN, reason,
                        responsibleAuthorities(pupil, eligibility)));
            }
        }
        return result;
    }

    private static RunRepository.ConstraintScore constraintScore(String name,
            ConstraintMatchTotal<HardMediumSoftLongScore> total) {
        String level = name.equals(PlacementConstraintProvider.FREE_PLACES_EXCEEDED) ? "hart"
                : name.equals(PlacementConstraintProvider.UNASSIGNED_PUPIL) ? "mittel" : "weich";
        if (total == null) {
            return new RunRepository.ConstraintScore(name, level, 0, 0);
        }
        HardMediumSoftLongScore score = total.getScore();
        long value = switch (level) {
            case "hart" -> score.hardScore();
            case "mittel" -> score.mediumScore();
            default -> score.softScore();
        };
        return new RunRepository.ConstraintScore(name, level, total.getConstraintMatchCount(), value);
    }

    private static boolean hasRoom(SchoolQuota quota, Map<SchoolQuota, Long> used) {
        return used.getOrDefault(quota, 0L) < quota.getFreePlaces();
    }

    /**
     * Why a published placement changed. The solver moves a published pupil only when that pays off against
     * the stability weight: a rule no longer holds, or more pupils get a place or the plan gets better.
     */
    private static String moveCause(PupilPlacement placement, String publishedSchool, ActiveOverrides active) {
        if (active.excludedSchools(placement.getCaseNumber()).contains(publishedSchool)) {
            return "die bisherige Schule ist für dieses Kind ausgeschlossen";
        }
        if (placement.getCandidates().stream().noneMatch(q -> q.getSchoolNumber().equals(publishedSchool))) {
            return "die bisherige Schule passt nicht mehr (Jahrgang, Gruppe, freie Plätze oder Entfernung)";
        }
        return "umgeplant, damit mehr Kinder einen Platz bekommen oder Geschwister und Wünsche besser passen";
    }

    private String withdrawalReason(String caseNumber) {
        return overrides.active().stream()
                .filter(o -> o.action() == OverrideAction.WITHDRAW && caseNumber.equals(o.caseNumber()))
                .map(o -> o.reason() + " (Korrektur Nr. " + o.id() + ")")
                .findFirst().orElse("");
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
        return ReasonTexts.allCandidatesFull(candidates.size(), eligibility.allowedForms(), eligibility.literacyGroup(),
                eligibility.grade(), placement.distanceTo(candidates.get(candidates.size() - 1)));
    }
}
