package de.schulplatz.operations;

import de.schulplatz.support.Await;
import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.batch.PlacementRunner;
import de.schulplatz.batch.RunLock;
import de.schulplatz.runs.RunProgress;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.SampleRuns;
import de.schulplatz.support.TestWorkbooks;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stopping a run ends the solver early; its best plan is kept, and a restart writes the lists. */
@DatabaseTest
class StopRunTest {

    @Autowired
    PlacementRunner runner;
    @Autowired
    RunProgress progress;
    @Autowired
    RunLock lock;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @Test
    void stoppedRunKeepsItsBestPlanAndCanBeFinished() throws Exception {
        DatabaseCleaner.clean(jdbc);
        Path input = TestWorkbooks.copySampleData(temp.resolve("in"));
        Path output = temp.resolve("out");
        long runId = SampleRuns.startAndAwaitSolving(runner, progress, jdbc, input, output, LocalDate.now());

        assertThat(runner.stop(runId)).isTrue();
        // the run's thread releases the lock when the job has really ended (not just been marked stopped)
        Await.until(Duration.ofSeconds(60), () -> lock.isHeldHere() ? null : Boolean.TRUE);
        BatchStatus status = jobRepository.getLastJobExecution(jobRepository.getJobInstance(runId)).getStatus();

        assertThat(status).isEqualTo(BatchStatus.STOPPED);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM placement WHERE run_id = ?", Integer.class, runId))
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM pupil", Integer.class));
        assertThat(output.resolve("placements.csv")).doesNotExist();

        assertThat(runner.restart(runId).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(output.resolve("placements.csv")).exists();
    }

}
