package de.schulplatz.batch;

import de.schulplatz.support.Await;
import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.SchulplatzApplication;
import de.schulplatz.batch.PlacementRunner.RunFolders;
import de.schulplatz.planning.PlanningService;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.TestWorkbooks;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service shut down while a run is solving (as on SIGTERM or Strg+C): the run is stopped like "Anhalten"
 * and keeps its best plan instead of breaking off mid-write, and a restart goes on to the lists.
 */
@DatabaseTest
class ShutdownDuringRunTest {

    @Autowired
    PlacementRunner runner;
    @Autowired
    PlanningService planning;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @Test
    void aRunGoingOnAtShutdownIsStoppedWithItsBestPlanAndCanBeContinued() throws Exception {
        DatabaseCleaner.clean(jdbc);
        Path input = TestWorkbooks.copySampleData(temp.resolve("in"));
        // A second application on this test's database, solving for long enough to be caught in the act.
        ConfigurableApplicationContext service = new SpringApplicationBuilder(SchulplatzApplication.class)
                .web(WebApplicationType.NONE).profiles("test")
                .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres", "--schulplatz.planning.time-limit=120s",
                        "--schulplatz.planning.unimproved-time-limit=120s");
        long runId;
        try {
            service.getBean(PlacementRunner.class).start(LocalDate.now(),
                    number -> new RunFolders(input, temp.resolve("out")));
            runId = Await.until(Duration.ofMinutes(2), () -> jdbc.queryForList("""
                    SELECT e.job_instance_id FROM batch_step_execution s
                    JOIN batch_job_execution e ON e.job_execution_id = s.job_execution_id
                    WHERE s.step_name = 'solveStep' AND s.status = 'STARTED'""", Long.class).stream()
                    .findFirst().orElse(null));
            Thread.sleep(1_000); // well inside the solve
        } finally {
            service.close();
        }

        assertThat(runner.lastStatus(runId)).isEqualTo(BatchStatus.STOPPED);
        assertThat(planning.hasSavedPlan(runId)).isTrue();
        JobExecution continued = runner.restart(runId);
        assertThat(continued.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(temp.resolve("out").resolve("placements.csv")).exists();
    }

}
