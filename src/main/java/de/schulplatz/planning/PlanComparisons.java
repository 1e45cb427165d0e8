package de.schulplatz.planning;

import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.flow.ExactOptimum;
import de.schulplatz.planning.flow.FlowPlanner;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.solver.PlacementSolverConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.springframework.stereotype.Service;

/**
 * What the benchmark compares the run's plan with, on the same problem and scored by the same constraints:
 * today's practice (first come, nearest free place), plain OptaPlanner and, for small instances, the exact
 * optimum of the full model by CP-SAT.
 */
@Service
public class PlanComparisons {

    private final PlanningProblems problems;
    private final PlacementSolving solving;

    PlanComparisons(PlanningProblems problems, PlacementSolving solving) {
        this.problems = problems;
        this.solving = solving;
    }

    /**
     * Today's practice: first come, first served (by the date the pupil waits since), each pupil at the
     * nearest eligible place still free.
     */
    public GreedyBaseline greedyBaseline(LocalDate planningDate) {
        return greedyBaseline(problems.load(planningDate, Map.of()));
    }

    private GreedyBaseline greedyBaseline(PlanningProblems.Loaded loaded) {
        Map<String, Pupil> byCase = loaded.pupils().stream()
                .collect(Collectors.toMap(Pupil::caseNumber, Function.identity()));
        GreedyBaseline.assignFirstComeNearestFree(loaded.problem().plan(), Comparator.comparing((PupilPlacement p) -> {
            LocalDate since = byCase.get(p.getCaseNumber()).waitingSince();
            return since == null ? LocalDate.MAX : since;
        }));
        return GreedyBaseline.of(loaded.problem().plan(), solving.score(loaded.problem().plan()));
    }

    /**
     * The same problem planned by each method within the same time: this pipeline (flow, bound, flow with
     * families together, local search ending at the bound); plain OptaPlanner on the same model and candidate
     * lists with its default construction heuristic and local search (no flow start); today's practice
     * (greedy); and with {@code exactSeconds} CP-SAT on the full model.
     */
    public Peers peers(LocalDate planningDate, Duration budget, Double exactSeconds) {
        List<PeerRun> runs = new ArrayList<>();
        PlanningProblems.Loaded loaded = problems.load(planningDate, Map.of());
        PlacementPlan plan = loaded.problem().plan();
        long start = System.nanoTime();
        FlowPlanner.Result flow = FlowPlanner.solve(plan);
        flow.applyTo(plan);
        int apartInFlow = pairsApart(plan);
        FlowStart.familiesTogetherIfBetter(plan, flow, solving::score);
        int apartAtStart = pairsApart(plan);
        List<PeerRun.Point> trace = new ArrayList<>();
        trace.add(point(start, solving.score(plan)));
        HardMediumSoftLongScore bound = flow.exact()
                ? HardMediumSoftLongScore.of(0, -flow.mediumPenalty(), -flow.boundSoft()) : null;
        PlacementPlan[] best = new PlacementPlan[1];
        runs.add(solve("Schulplatz: Fluss, Schranke, lokale Suche", plan,
                PlacementSolverConfig.solver(budget, budget, bound), start, trace, best));
        Peers.SiblingsApart apart = new Peers.SiblingsApart(apartInFlow, apartAtStart, pairsApart(best[0]));

        PlacementPlan fresh = problems.load(planningDate, Map.of()).problem().plan();
        runs.add(solve("OptaPlanner allein: Standard-Konstruktion und -Suche, kein Flussstart", fresh,
                SolverFactory.<PlacementPlan>create(PlacementSolverConfig.plain(budget)).buildSolver(), System.nanoTime(),
                new ArrayList<>(), new PlacementPlan[1]));

        PlanningProblems.Loaded forGreedy = problems.load(planningDate, Map.of());
        long greedyStart = System.nanoTime();
        GreedyBaseline greedy = greedyBaseline(forGreedy);
        HardMediumSoftLongScore greedyScore = solving.score(forGreedy.problem().plan());
        runs.add(new PeerRun("Heutige Praxis: wer zuerst kommt, nächster freier Platz", -greedyScore.hardScore(),
                -greedyScore.mediumScore(), -greedyScore.softScore(), greedy.unassigned(), seconds(greedyStart),
                List.of(point(greedyStart, greedyScore))));

        if (exactSeconds != null) {
            ExactOptimum.Result exact = ExactOptimum.solve(problems.load(planningDate, Map.of()).problem().plan(),
                    flow.mediumPenalty(), exactSeconds);
            runs.add(new PeerRun(exact.optimal() ? "CP-SAT, volles Modell (Optimum bewiesen)"
                    : "CP-SAT, volles Modell (Zeitgrenze, nicht bewiesen)", 0, flow.mediumPenalty(), exact.softPenalty(),
                    exact.unassigned(), exact.seconds(), exact.found().stream()
                            .map(f -> new PeerRun.Point(f.seconds(), 0, flow.mediumPenalty(), f.softPenalty())).toList()));
        }
        return new Peers(flow.mediumPenalty(), flow.unassigned(), flow.boundSoft(), runs, apart);
    }

    /**
     * The local-search variants ({@link PlacementSolverConfig#tuningCandidates}) run by OptaPlanner's benchmarker
     * from the pipeline's start, each for the same time.
     *
     * @param report  the benchmarker's HTML report
     * @param variants in the order tried: name, best score, score calculations
     */
    public record Tuning(Path report, List<Variant> variants) {

        public record Variant(String name, String score, long scoreCalculations) {
        }
    }

    public Tuning tune(LocalDate planningDate, Duration budget, Path folder) throws IOException {
        PlacementPlan start = problems.load(planningDate, Map.of()).problem().plan();
        FlowStart.familiesTogetherIfBetter(start, FlowPlanner.solve(start), solving::score);
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig()
                .withBenchmarkDirectory(folder.toFile())
                .withWarmUpSecondsSpentLimit(0L)
                .withSolverBenchmarkConfigList(PlacementSolverConfig.tuningCandidates(budget).entrySet().stream()
                        .map(v -> new SolverBenchmarkConfig().withName(v.getKey()).withSolverConfig(v.getValue()))
                        .toList());
        PlannerBenchmarkFactory.create(config).buildPlannerBenchmark(start).benchmark();
        // The benchmarker writes each report into a new folder named by its start time: the newest is this one.
        Path report;
        try (Stream<Path> reports = Files.list(folder)) {
            report = reports.filter(p -> Files.exists(p.resolve("plannerBenchmarkResult.xml")))
                    .max(Comparator.naturalOrder()).orElseThrow();
        }
        String result = Files.readString(report.resolve("plannerBenchmarkResult.xml"));
        // One <solverBenchmarkResult> per variant, in order: its name, its single problem's score and count.
        Matcher matcher = Pattern.compile("<solverBenchmarkResult>\\s*<name>(.*?)</name>.*?<score class=\"[^\"]*\">(.*?)"
                + "</score>.*?<scoreCalculationCount>(\\d+)</scoreCalculationCount>", Pattern.DOTALL).matcher(result);
        List<Tuning.Variant> variants = new ArrayList<>();
        while (matcher.find()) {
            variants.add(new Tuning.Variant(matcher.group(1), matcher.group(2), Long.parseLong(matcher.group(3))));
        }
        return new Tuning(report.resolve("index.html"), variants);
    }

    /** Pairs of siblings at different schools although they could share one (as the constraint counts). */
    private static int pairsApart(PlacementPlan plan) {
        Map<String, List<PupilPlacement>> families = plan.getPlacements().stream().filter(p -> p.getFamilyId() != null)
                .collect(Collectors.groupingBy(PupilPlacement::getFamilyId));
        int apart = 0;
        for (List<PupilPlacement> family : families.values()) {
            for (int i = 0; i < family.size(); i++) {
                for (int j = i + 1; j < family.size(); j++) {
                    PupilPlacement a = family.get(i);
                    PupilPlacement b = family.get(j);
                    if (a.isAssigned() && b.isAssigned() && !a.attendsSameSchoolAs(b) && a.couldShareSchoolWith(b)) {
                        apart++;
                    }
                }
            }
        }
        return apart;
    }

    private PeerRun solve(String name, PlacementPlan plan, Solver<PlacementPlan> solver, long start,
            List<PeerRun.Point> trace, PlacementPlan[] bestPlan) {
        solver.addEventListener(event -> {
            if (event.getNewBestScore().isSolutionInitialized()) {
                trace.add(point(start, (HardMediumSoftLongScore) event.getNewBestScore()));
            }
        });
        PlacementPlan best = solver.solve(plan);
        bestPlan[0] = best;
        HardMediumSoftLongScore score = solving.score(best);
        int unassigned = (int) best.getPlacements().stream().filter(p -> !p.isAssigned()).count();
        return new PeerRun(name, -score.hardScore(), -score.mediumScore(), -score.softScore(), unassigned,
                seconds(start), List.copyOf(trace));
    }

    private static PeerRun.Point point(long start, HardMediumSoftLongScore score) {
        return new PeerRun.Point(seconds(start), -score.hardScore(), -score.mediumScore(), -score.softScore());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
