package de.schulplatz.cli;

import de.schulplatz.batch.PlacementRunner;
import de.schulplatz.batch.RunStep;
import de.schulplatz.planning.GreedyBaseline;
import de.schulplatz.planning.Median;
import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.planning.PeerRun;
import de.schulplatz.planning.Peers;
import de.schulplatz.planning.PlanComparisons;
import de.schulplatz.runs.PlanningRun;
import de.schulplatz.runs.RunRepository;
import de.schulplatz.samples.SampleDataGenerator;
import de.schulplatz.schools.SchoolRepository;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;
import java.util.Arrays;

/**
 * {@code benchmark --size NAME [--seconds N]}: one named instance (see {@link SampleDataGenerator.Size})
 * imported into a fresh embedded database, planned, exported, and compared with the greedy baseline of
 * today's practice; prints one Markdown table row. Started through {@link #prepare}, which sets the
 * solving time and a temporary database before Spring starts.
 */
@Component
class Benchmark {

    static final String HEADER = "| Größe | Kinder | Schulen | Import s | Fluss und Schranke s | erster zulässiger Plan s | Score hart/mittel/weich "
            + "| ohne Platz / bewiesenes Minimum | Abstand zur Schranke | km gesamt | km Median | Export s | Heap-Spitze GB "
            + "| JVM bis Listen s | Greedy: mit Platz, km | km gespart | Kinder mehr mit Platz |";

    private static long generationMillis;

    private final PlacementRunner runner;
    private final RunRepository runs;
    private final PlacementRepository placements;
    private final SchoolRepository schools;
    private final PlanComparisons comparisons;
    private final RouteBenchmark routeBenchmark;

    Benchmark(PlacementRunner runner, RunRepository runs, PlacementRepository placements, SchoolRepository schools,
            PlanComparisons comparisons, RouteBenchmark routeBenchmark) {
        this.routeBenchmark = routeBenchmark;
        this.runner = runner;
        this.runs = runs;
        this.placements = placements;
        this.schools = schools;
        this.comparisons = comparisons;
    }

    /**
     * Before Spring starts: a temporary database, the time limit, and the input workbooks (generated once
     * into {@code --work}, default {@code target/benchmark/NAME}; their generation is not measured).
     */
    static void prepare(String[] args) {
        CommandLine.Options options = CommandLine.Options.parse(List.of(args).subList(1, args.length));
        if (options.optional("routes") != null) {
            RouteBenchmark.prepare(options);
            return;
        }
        String size = options.required("size");
        int seconds = options.integer("seconds", 60);
        System.setProperty("schulplatz.database.data-directory", "");
        System.setProperty("schulplatz.planning.time-limit", seconds + "s");
        System.setProperty("schulplatz.planning.unimproved-time-limit", options.integer("unimproved", seconds) + "s");
        Path input = work(options).resolve("input");
        if (!Files.exists(input.resolve(SampleDataGenerator.PUPILS_FILE))) {
            long start = System.nanoTime();
            SampleDataGenerator.generateSize(Path.of(options.text("schools", "../shared/data/nrw-schulen.csv")), size,
                    options.integer("seed", 42), input);
            generationMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("Eingabe %s erzeugt in %.1f s%n", input, generationMillis / 1000.0);
        }
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static Path work(CommandLine.Options options) {
        return Path.of(options.text("work", "target/benchmark/" + options.required("size")));
    }

    int run(CommandLine.Options options) throws Exception {
        if (options.optional("routes") != null) {
            return routeBenchmark.run(options);
        }
        String size = options.required("size");
        Path work = work(options);
        LocalDate date = SampleDataGenerator.SCHOOL_YEAR.firstDay();
        JobExecution execution = runner.run(work.resolve("input"), work.resolve("output"), date);
        long runId = execution.getJobInstanceId();
        double importS = 0;
        double solveS = 0;
        double exportS = 0;
        long flowMillis = 0;
        long firstFeasibleMillis = 0;
        int planned = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            double seconds = seconds(step.getStartTime(), step.getEndTime());
            RunStep.Part part = RunStep.ofStepName(step.getStepName()).map(RunStep::part).orElseThrow();
            switch (part) {
                case IMPORT -> importS += seconds;
                case SOLVE -> {
                    solveS = seconds;
                    planned = (int) step.getReadCount();
                    flowMillis = step.getExecutionContext().getLong("flowMillis", 0L);
                    firstFeasibleMillis = step.getExecutionContext().getLong("firstFeasibleMillis", 0L);
                }
                case EXPORT -> exportS = seconds;
            }
        }
        long jvmMillis = ManagementFactory.getRuntimeMXBean().getUptime() - generationMillis;
        double peakHeapGb = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / 1e9;
        PlanningRun run = runs.find(runId).orElseThrow();
        List<PlannedPlacement> plan = placements.findByRun(runId);
        long[] metres = plan.stream().filter(PlannedPlacement::isPlaced).mapToLong(PlannedPlacement::distanceMetres)
                .sorted().toArray();
        long totalMetres = Arrays.stream(metres).sum();
        int unassigned = planned - metres.length;
        String gap = "–";
        if (run.boundSoft() != null && run.mediumScore() != null && -run.mediumScore() == run.boundMedium()) {
            gap = run.boundSoft() == 0 ? "0 %" : String.format(Locale.GERMAN, "%.2f %%",
                    100.0 * (-run.softScore() - run.boundSoft()) / run.boundSoft());
        } else if (run.boundMedium() != null) {
            gap = "Minimum verfehlt (mittel " + run.mediumScore() + " statt " + -run.boundMedium() + ")";
        }
        GreedyBaseline greedy = comparisons.greedyBaseline(date);
        String row = String.format(Locale.GERMAN,
                "| %s | %d | %d | %.1f | %.2f | %.1f | %d/%d/%d | %d / %d%s | %s | %.0f | %.1f | %.1f | %.2f | %.1f "
                        + "| %d, %.0f km | %.0f | %d |",
                size, planned, schools.findAll().size(), importS, flowMillis / 1000.0, firstFeasibleMillis / 1000.0,
                run.hardScore(), run.mediumScore(), run.softScore(), unassigned, run.boundUnassigned(),
                Boolean.TRUE.equals(run.boundExact()) ? "" : " (nicht bewiesen)", gap, totalMetres / 1000.0,
                Median.of(metres) / 1000.0, exportS, peakHeapGb, jvmMillis / 1000.0,
                greedy.placed(), greedy.totalMetres() / 1000.0, (greedy.totalMetres() - totalMetres) / 1000.0,
                metres.length - greedy.placed());
        System.out.println("Lösen insgesamt " + String.format(Locale.GERMAN, "%.1f s", solveS)
                + "; Greedy-Score " + greedy.score() + "; Lauf " + execution.getStatus());
        System.out.println(HEADER);
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        System.out.println(row);
        IoBaseline.Times io = IoBaseline.measure(work.resolve("input"), work.resolve("output"));
        System.out.println(String.format(Locale.GERMAN, "Excel mit POI allein: %d Zellen gelesen in %.1f s (Import %.1f s "
                        + "= %.1f×), %d Zellen geschrieben in %.1f s (Export %.1f s = %.1f×)", io.cellsRead(),
                io.readSeconds(), importS, importS / io.readSeconds(), io.cellsWritten(), io.writeSeconds(), exportS,
                exportS / io.writeSeconds()));
        printPeers(size, comparisons.peers(date, Duration.ofSeconds(options.integer("seconds", 60)),
                options.optional("exact") == null ? null : Double.parseDouble(options.optional("exact"))),
                options.integer("seconds", 60));
        if (options.optional("tune") != null) {
            tune(size, work, date, options.integer("seconds", 60));
        }
        return execution.getStatus().isUnsuccessful() ? CommandLine.FAILED : CommandLine.OK;
    }

    /**
     * {@code --tune}: OptaPlanner's benchmarker runs each local-search variant from the pipeline's start for
     * the same time ({@link PlanComparisons#tune}); the HTML report goes to {@code WORK/solver-benchmark}.
     */
    private void tune(String size, Path work, LocalDate date, int seconds) throws IOException {
        PlanComparisons.Tuning tuning = comparisons.tune(date, Duration.ofSeconds(seconds),
                work.resolve("solver-benchmark"));
        System.out.println("Abstimmung der lokalen Suche (OptaPlanner-Benchmarker, je " + seconds + " s ab dem Start "
                + "der Pipeline), Bericht: " + tuning.report());
        System.out.println("| Größe | Variante | bester Score | Bewertungen |");
        System.out.println("|---|---|---|---|");
        for (PlanComparisons.Tuning.Variant variant : tuning.variants()) {
            System.out.println("| " + size + " | " + variant.name() + " | " + variant.score() + " | "
                    + variant.scoreCalculations() + " |");
        }
    }

    static final String PEERS_HEADER = "| Größe | Verfahren | Score hart/mittel/weich | ohne Platz (über bewiesenem Minimum) "
            + "| Abstand zum besten bekannten Plan | Abstand zur Schranke | bis 1 % s | bis 0,1 % s | Zeit s |";

    /** The side-by-side table: every method on the same problem within the same time. */
    static void printPeers(String size, Peers peers, int seconds) {
        long best = peers.bestKnownSoft();
        System.out.printf(Locale.GERMAN, "Vergleich auf demselben Problem, je %d s: Schranke weich %d, bewiesenes "
                + "Minimum mittel %d (%d ohne Platz), bester bekannter Plan weich %d%n", seconds, peers.boundSoft(),
                peers.mediumMinimum(), peers.unassignedMinimum(), best);
        System.out.printf("Geschwisterpaare getrennt (Schulplatz): Fluss allein %d, Start %d, nach der Suche %d%n",
                peers.apart().flow(), peers.apart().start(), peers.apart().end());
        System.out.println(PEERS_HEADER);
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (PeerRun run : peers.runs()) {
            boolean atMinimum = run.hard() == 0 && run.medium() == peers.mediumMinimum();
            String toBest = atMinimum ? percent((double) (run.soft() - best) / best) : "Minimum verfehlt";
            String toBound = atMinimum && peers.boundSoft() > 0
                    ? percent((double) (run.soft() - peers.boundSoft()) / peers.boundSoft()) : "–";
            System.out.println(String.format(Locale.GERMAN, "| %s | %s | %d/%d/%d | %d (%+d) | %s | %s | %s | %s | %.1f |",
                    size, run.name(), -run.hard(), -run.medium(), -run.soft(), run.unassigned(),
                    run.unassigned() - peers.unassignedMinimum(), toBest, toBound,
                    time(run.secondsWithin(peers.mediumMinimum(), best, 0.01)),
                    time(run.secondsWithin(peers.mediumMinimum(), best, 0.001)), run.seconds()));
        }
    }

    private static String percent(double share) {
        return String.format(Locale.GERMAN, "%.2f %%", 100 * share);
    }

    private static String time(Double seconds) {
        return seconds == null ? "nie" : String.format(Locale.GERMAN, "%.1f", seconds);
    }

    private static double seconds(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? 0 : Duration.between(start, end).toMillis() / 1000.0;
    }
}
