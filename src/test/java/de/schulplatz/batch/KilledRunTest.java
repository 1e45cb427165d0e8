package de.schulplatz.batch;

import de.schulplatz.support.Await;
import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.TestWorkbooks;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A process killed while solving: another JVM runs the job against this test's database and is killed
 * (like kill -9) in the solve step; a restart here re-plans, and the result equals an uninterrupted run
 * in what is exact (hard score 0, the proven minimum of unassigned pupils) and in the lists written.
 */
@DatabaseTest
class KilledRunTest {

    @Autowired
    PlacementRunner runner;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @Test
    void aRunKilledWhileSolvingIsRestartedToTheSameResult() throws Exception {
        DatabaseCleaner.clean(jdbc);
        Path input = TestWorkbooks.copySampleData(temp.resolve("in"));
        JobExecution uninterrupted = runner.run(input, temp.resolve("reference"), LocalDate.now());
        Map<String, Object> expected = result(uninterrupted.getJobInstanceId());

        Process other = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "de.schulplatz.SchulplatzApplication",
                "run", "--input", input.toString(), "--output", temp.resolve("killed").toString(),
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--schulplatz.planning.time-limit=60s",
                "--schulplatz.planning.unimproved-time-limit=60s"))
                .redirectErrorStream(true).redirectOutput(temp.resolve("other.log").toFile()).start();
        long runId;
        try {
            runId = Await.until(Duration.ofMinutes(2), () -> jdbc.queryForList("""
                    SELECT e.job_instance_id FROM batch_step_execution s
                    JOIN batch_job_execution e ON e.job_execution_id = s.job_execution_id
                    WHERE s.step_name = 'solveStep' AND s.status = 'STARTED'""", Long.class).stream()
                    .findFirst().orElse(null));
            Thread.sleep(1_000); // well inside the solve
        } finally {
            other.destroyForcibly().waitFor();
        }
        assertThat(runner.lastStatus(runId)).isEqualTo(BatchStatus.STARTED); // nobody could record its end

        JobExecution restarted = runner.restart(runId);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(result(runId)).isEqualTo(expected);
        assertThat(temp.resolve("killed").resolve("placements.csv")).exists();
        assertThat(temp.resolve("killed").resolve("Zuweisungen_Schulamt_fuer_den_Kreis_Lippe.xlsx")).exists();
    }

    /** What is exact in a plan: the hard score, the proven minimum of unassigned, and who is unassigned. */
    private Map<String, Object> result(long runId) {
        return jdbc.queryForMap("""
                SELECT r.hard_score, r.bound_unassigned,
                       (SELECT count(*)::int FROM placement p WHERE p.run_id = r.id AND p.status = 'NICHT_ZUGEWIESEN')
                           AS unassigned,
                       (SELECT count(*)::int FROM placement p WHERE p.run_id = r.id) AS planned
                FROM planning_run r WHERE r.id = ?""", runId);
    }

}
