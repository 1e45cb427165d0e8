package de.schulplatz.batch;

import de.schulplatz.support.Await;
import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.overrides.OverrideAction;
import de.schulplatz.overrides.OverrideRequest;
import de.schulplatz.overrides.OverrideService;
import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.runs.RunProgress;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.TestWorkbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Faults around a run: nothing written half, nothing lost. */
@DatabaseTest
class FaultsTest {

    @Autowired
    PlacementRunner runner;
    @Autowired
    RunLock lock;
    @Autowired
    RunProgress progress;
    @Autowired
    OverrideService overrides;
    @Autowired
    PlacementRepository placements;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    private Path input;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        input = TestWorkbooks.copySampleData(temp.resolve("in"));
    }

    @Test
    void anOutputThatCannotBeWrittenFailsTheRunAndLeavesEarlierOutputsUntouched() throws Exception {
        Path output = Files.createDirectories(temp.resolve("out"));
        Files.writeString(output.resolve("placements.csv"), "Liste von gestern\n");
        // the temporary name of the new list is taken by a folder: writing it fails like a full disk
        Files.createDirectories(output.resolve(".placements.csv.tmp"));

        JobExecution execution = runner.run(input, output, LocalDate.now());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getAllFailureExceptions()).first().extracting(Throwable::getMessage).asString()
                .contains("Ausgabedatei").contains("placements.csv").contains("kann nicht geschrieben werden");
        assertThat(Files.readString(output.resolve("placements.csv"))).isEqualTo("Liste von gestern\n");
    }

    @Test
    void anOverrideMadeWhileSolvingAppliesToTheNextRun() throws Exception {
        Path output = temp.resolve("out1");
        runner.start(LocalDate.now(), number -> new PlacementRunner.RunFolders(input, output));
        long runId = Await.until(Duration.ofSeconds(90), () -> jdbc.queryForList("SELECT id FROM planning_run", Long.class).stream().findFirst()
                // a best score means the solver runs: the run has read the overrides already
                .filter(id -> progress.of(id).map(p -> p.bestScore() != null).orElse(false))
                .orElse(null));
        String pupil = jdbc.queryForObject("SELECT case_number FROM pupil ORDER BY case_number LIMIT 1", String.class);

        var withdrawal = overrides.apply(OverrideRequest.forPupil(OverrideAction.ZURUECKZIEHEN, pupil, null, "verzogen",
                "Frau Test", "Test"));
        Await.until(Duration.ofSeconds(90), () -> lock.isHeldHere() ? null : Boolean.TRUE);

        PlannedPlacement during = placements.findByRun(runId).stream()
                .filter(p -> p.caseNumber().equals(pupil)).findFirst().orElseThrow();
        assertThat(during.status().name()).isNotEqualTo("ZURUECKGEZOGEN");
        JobExecution next = runner.run(input, temp.resolve("out2"), LocalDate.now());
        PlannedPlacement after = placements.findByRun(next.getJobInstanceId()).stream()
                .filter(p -> p.caseNumber().equals(pupil)).findFirst().orElseThrow();
        assertThat(after.status().name()).isEqualTo("ZURUECKGEZOGEN");
        assertThat(after.reason()).contains("Korrektur Nr. " + withdrawal.id());
    }

    @Test
    void aDroppedDatabaseConnectionDuringThePupilImportLeavesNothingHalfAndARestartImportsEveryRowOnce()
            throws Exception {
        // The 150th pupil insert kills its own database session: the connection drops mid-import.
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION drop_connection_midway() RETURNS trigger AS $$
                BEGIN
                    IF (SELECT count(*) FROM pupil) >= 149 THEN
                        PERFORM pg_terminate_backend(pg_backend_pid());
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""");
        jdbc.execute("""
                CREATE TRIGGER drop_connection BEFORE INSERT ON pupil FOR EACH ROW
                EXECUTE FUNCTION drop_connection_midway()""");
        JobExecution failed;
        try {
            failed = runner.run(input, temp.resolve("out"), LocalDate.now());
        } finally {
            jdbc.execute("DROP TRIGGER IF EXISTS drop_connection ON pupil");
            jdbc.execute("DROP FUNCTION IF EXISTS drop_connection_midway()");
        }
        // FAILED, or UNKNOWN when the dead connection kept Spring Batch from recording the step's end
        assertThat(failed.getStatus()).isIn(BatchStatus.FAILED, BatchStatus.UNKNOWN);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pupil", Integer.class)).isZero();

        JobExecution restarted = runner.restart(failed.getJobInstanceId());

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pupil", Integer.class)).isEqualTo(300);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT case_number) FROM pupil", Integer.class)).isEqualTo(300);
        assertThat(jdbc.queryForObject("SELECT sum(rows_read) FROM import_file WHERE kind = 'SCHUELER'",
                Integer.class)).isEqualTo(304);
    }

}
