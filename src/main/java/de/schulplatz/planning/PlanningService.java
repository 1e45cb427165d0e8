package de.schulplatz.planning;

import de.schulplatz.intake.ImportProblem;
import de.schulplatz.intake.ImportRepository;
import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.planning.flow.FlowPlanner;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schoolsystem.GermanDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Plans all pupils in the database for one run: loads the problem ({@link PlanningProblems}), starts from
 * the exact min-cost flow or the published plan, lets the solver improve it ({@link PlacementSolving}),
 * keeps it within the free places, explains every outcome ({@link PlanExplainer}) and stores it with its
 * figures ({@link PlanStore}).
 */
@Service
public class PlanningService {

    private static final Logger log = LoggerFactory.getLogger(PlanningService.class);

    /** The kind group of the planning's remarks in the Fehlerbericht, and the "file" they are about. */
    static final String ROUTE_REMARKS = "routing";
    static final String ROUTE_REMARKS_FILE = "Fußwegenetz (Planung)";
    /** Remarks of the planning on the places' dates, saved beside the import's remarks. */
    static final String PLACE_REMARKS = "places";
    static final String PLACE_REMARKS_FILE = "Freie Plätze (Planung)";

    private final PlanningProblems problems;
    private final PlacementRepository placements;
    private final PlacementSolving solving;
    private final PlanExplainer explainer;
    private final PlanStore store;
    private final ImportRepository remarks;
    private final TransitReachability transit;

    PlanningService(PlanningProblems problems, PlacementRepository placements, PlacementSolving solving,
            PlanExplainer explainer, PlanStore store, ImportRepository remarks, TransitReachability transit) {
        this.remarks = remarks;
        this.transit = transit;
        this.problems = problems;
        this.placements = placements;
        this.solving = solving;
        this.explainer = explainer;
        this.store = store;
    }

    public PlanningOutcome plan(long runId, LocalDate planningDate) {
        solving.starting(runId);
        Map<String, String> published = placements.publishedSchools(runId);
        PlanningProblems.Loaded loaded = problems.load(planningDate, published);
        return solve(runId, loaded, published, planningDate, UnaryOperator.identity());
    }

    /**
     * The pipeline of every plan: the exact flow start and its proven bound, the local search, the reasons,
     * storing; the first placement and the transition share it.
     *
     * @param published the schools the reasons compare with ("verlegt von …")
     * @param finish    a last word on the outcomes before they are stored (the transition's reasons)
     */
    PlanningOutcome solve(long runId, PlanningProblems.Loaded loaded, Map<String, String> published,
            LocalDate planningDate, UnaryOperator<List<PlannedPlacement>> finish) {
        PlacementPlan plan = loaded.problem().plan();
        log.info("Run {}: planning {} pupils into {} quotas of {} schools", runId, loaded.pupils().size(),
                plan.getQuotas().size(), plan.getSchools().size());

        long start = System.nanoTime();
        // Exact start: the min-cost flow without the sibling term places the minimum weighted number of
        // pupils unassigned and gives the proven bound; local search then works on the siblings.
        FlowPlanner.Result flow = FlowPlanner.solve(plan);
        flow.applyTo(plan);
        if (FlowStart.familiesTogetherIfBetter(plan, flow, solving::score)) {
            log.info("Run {}: starting from the flow with families together, better than the flow's own plan", runId);
        }
        startFromThePublishedPlanIfAsGood(runId, plan, flow);
        log.info("Run {}: min-cost flow and bound in {} ms: {} unassigned (weighted {}), soft bound {} (flow without "
                + "siblings {}){}", runId, flow.millis(), flow.unassigned(), flow.mediumPenalty(), flow.boundSoft(),
                flow.softPenalty(), flow.exact() ? "" : " (not proven)");
        // Only an exact bound proves optimality; a plan that reaches it ends the search.
        HardMediumSoftLongScore bound = flow.exact()
                ? HardMediumSoftLongScore.of(0, -flow.mediumPenalty(), -flow.boundSoft()) : null;
        PlacementSolving.Solved solved = solving.solve(runId, plan, start, bound);
        PlacementPlan best = keepWithinFreePlaces(solved.plan());
        long solvingMillis = (System.nanoTime() - start) / 1_000_000;
        ScoreExplanation<PlacementPlan, HardMediumSoftLongScore> explanation = solving.explain(best);
        HardMediumSoftLongScore score = explanation.getScore();
        log.info("Run {}: solved in {} ms, score {}{}", runId, solvingMillis, score,
                solved.provenOptimal() ? " (proven optimal)" : "");

        List<PlannedPlacement> outcomes = finish.apply(transit.apply(explainer.outcomes(best, loaded, published),
                loaded.pupils(), loaded.problem().schools(), planningDate));
        store.save(runId, outcomes, best, explanation, solvingMillis, flow, loaded.problem().assumedSchoolSize());
        remarks.replaceRemarks(runId, ROUTE_REMARKS, routeRemarks(loaded.problem().ways()));
        remarks.replaceRemarks(runId, PLACE_REMARKS, placeRemarks(loaded.problem().dates()));
        int placed = (int) outcomes.stream().filter(PlannedPlacement::isPlaced).count();
        int planned = plan.getPlacements().size();
        long firstFeasible = solved.firstFeasibleMillis() < 0 ? solvingMillis : solved.firstFeasibleMillis();
        return new PlanningOutcome(planned, placed, planned - placed, score.hardScore(),
                score.mediumScore(), score.softScore(), solvingMillis, flow.mediumPenalty(), flow.boundSoft(),
                flow.unassigned(), flow.exact(), flow.millis(), firstFeasible, solving.takeStopRequest(runId));
    }

    /**
     * Re-planning starts from the published plan when that scores at least as well as the flow's plan (the
     * flow ignores siblings), so that published pupils are moved only for a gain.
     */
    private void startFromThePublishedPlanIfAsGood(long runId, PlacementPlan plan, FlowPlanner.Result flow) {
        boolean hasPublishedPlan = plan.getPlacements().stream().anyMatch(p -> p.getProfile().publishedSchoolNumber() != null);
        if (!hasPublishedPlan) {
            return;
        }
        HardMediumSoftLongScore flowStart = solving.score(plan);
        Map<PupilPlacement, SchoolQuota> publishedPlan = FlowPlanner.publishedStart(plan, flow);
        Map<PupilPlacement, SchoolQuota> flowAssignment = new IdentityHashMap<>();
        plan.getPlacements().forEach(p -> flowAssignment.put(p, p.getQuota()));
        publishedPlan.forEach(PupilPlacement::setQuota);
        HardMediumSoftLongScore publishedStart = solving.score(plan);
        if (publishedStart.compareTo(flowStart) < 0) {
            flowAssignment.forEach(PupilPlacement::setQuota);
        } else {
            log.info("Run {}: starting from the published plan ({}), at least as good as the flow's plan ({})",
                    runId, publishedStart, flowStart);
        }
    }

    /**
     * Fehlerbericht remarks on homes and schools that the foot network does not reach: their ways are the
     * straight line, which the adviser should know (the address may be wrong, or the extract too small).
     */
    /** Reports of free places that ended before the planning date: not planned, never silently. */
    private static List<ImportProblem> placeRemarks(PlaceDates dates) {
        return dates.expiredReports().stream()
                .sorted(Comparator.comparing(PlaceQuota::schoolNumber).thenComparingInt(PlaceQuota::gradeFrom))
                .map(quota -> new ImportProblem(ImportProblem.Severity.HINWEIS, PLACE_REMARKS_FILE, "Freie Plätze", null,
                        "Schulnummer", quota.schoolNumber(), "Meldung der freien Plätze für Jahrgang "
                                + quota.gradeLabel() + " (" + quota.groupKind().label() + ") galt nur bis "
                                + GermanDates.format(quota.validUntil()) + ": diese Plätze wurden nicht verplant; "
                                + "bitte eine neue Meldung anfordern"))
                .toList();
    }

    private static List<ImportProblem> routeRemarks(Ways ways) {
        List<ImportProblem> result = new ArrayList<>();
        ways.homesOffNetwork().stream().sorted().forEach(caseNumber -> result.add(new ImportProblem(
                ImportProblem.Severity.HINWEIS, ROUTE_REMARKS_FILE, "Schüler", null, "Fallnummer", caseNumber,
                "Wohnung liegt nicht am Fußwegenetz (mehr als die erlaubte Entfernung zum nächsten Weg oder außerhalb "
                        + "der OSM-Datei): Schulwege dieses Kindes als Luftlinie gemessen")));
        ways.schoolsOffNetwork().stream().sorted().forEach(schoolNumber -> result.add(new ImportProblem(
                ImportProblem.Severity.HINWEIS, ROUTE_REMARKS_FILE, "Schulen", null, "Schulnummer", schoolNumber,
                "Schule liegt nicht am Fußwegenetz (mehr als die erlaubte Entfernung zum nächsten Weg oder außerhalb "
                        + "der OSM-Datei): Schulwege zu dieser Schule als Luftlinie gemessen")));
        return result;
    }

    /** True once a plan of the run is saved completely (a restart after a stop keeps it instead of re-planning). */
    public boolean hasSavedPlan(long runId) {
        return store.hasSavedPlan(runId);
    }

    /** Ends the running solve early; it returns its best plan so far, which is stored as usual. */
    public void terminateEarly() {
        solving.terminateEarly();
    }

    /**
     * Ends the solving of this run early, keeping its best plan; asked before the run solves (during its
     * import steps), the run keeps the flow's plan and does not solve at all. The outcome says so.
     */
    public void terminateEarly(long runId) {
        solving.terminateEarly(runId);
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
}
