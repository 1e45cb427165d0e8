package de.schulplatz.support;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.batch.PlacementRunner;
import de.schulplatz.runs.RunProgress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/** A complete run of the sample data on an emptied database: the published plan most page tests read. */
public final class SampleRuns {

    private SampleRuns() {
    }

    /**
     * Starts a run of the input in the background and waits until it solves and has a best plan (so that it
     * can be watched or stopped); returns its id. The database is not emptied.
     */
    public static long startAndAwaitSolving(PlacementRunner runner, RunProgress progress, JdbcTemplate jdbc,
            Path input, Path output, LocalDate date) throws InterruptedException {
        runner.start(date, number -> new PlacementRunner.RunFolders(input, output));
        return Await.until(Duration.ofSeconds(60), () -> jdbc.queryForList("SELECT id FROM planning_run ORDER BY id DESC",
                Long.class).stream().findFirst().filter(id -> progress.of(id)
                        .map(p -> p.phase().equals("solveStep") && p.bestScore() != null).orElse(false))
                .orElse(null));
    }

    /** Runs the job on a copy of sample-data/ in {@code folder}; returns the completed execution. */
    public static JobExecution planSample(PlacementRunner runner, JdbcTemplate jdbc, Path folder, LocalDate date)
            throws Exception {
        DatabaseCleaner.clean(jdbc);
        JobExecution execution = runner.run(TestWorkbooks.copySampleData(folder.resolve("in")), folder.resolve("out"),
                date);
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return execution;
    }

    /** A run of the input folder, asserted to complete. */
    public static JobExecution completed(PlacementRunner runner, Path input, Path output, LocalDate date) throws Exception {
        JobExecution execution = runner.run(input, output, date);
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return execution;
    }

    /** The plan of a run, by case number. */
    public static java.util.Map<String, de.schulplatz.planning.PlannedPlacement> byCase(
            de.schulplatz.planning.PlacementRepository placements, JobExecution execution) {
        return placements.findByRun(execution.getJobInstanceId()).stream().collect(java.util.stream.Collectors.toMap(
                de.schulplatz.planning.PlannedPlacement::caseNumber, java.util.function.Function.identity()));
    }
}
