package de.schulplatz.operations;

import de.schulplatz.audit.AuditLog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.schulplatz.batch.PlacementRunner;
import de.schulplatz.batch.RunAlreadyActiveException;
import de.schulplatz.batch.RunLock;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.TestWorkbooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** The service's nightly mechanics: inbox and archive, one run at a time, restart, no names in logs. */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class NightlyOperationsTest {

    @Autowired
    NightlyRuns nightlyRuns;
    @Autowired
    PlacementRunner runner;
    @Autowired
    RunLock lock;
    @Autowired
    FileSettings folders;
    @Autowired
    DataSource dataSource;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @BeforeEach
    void clean() throws IOException {
        DatabaseCleaner.clean(jdbc);
        jdbc.update("TRUNCATE inbox_file, audit_event");
        for (Path folder : List.of(folders.inbox(), folders.archive(), folders.outbox())) {
            deleteTree(folder);
        }
    }

    @Test
    void inboxFilesAreArchivedWithChecksumAndTheSameContentIsNotImportedTwice(CapturedOutput output) throws Exception {
        TestWorkbooks.copySampleData(folders.inbox());

        JobExecution first = nightlyRuns.runNow("Test");

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path runFolder = folders.archive().resolve(LocalDate.now().toString()).resolve("run-1");
        assertThat(runFolder.resolve("schueler.xlsx")).exists();
        assertThat(Files.readString(runFolder.resolve("schueler.xlsx.sha256"))).hasSize(64 + 2 + "schueler.xlsx".length() + 1);
        assertThat(folders.outbox().resolve(LocalDate.now().toString()).resolve("run-1").resolve("placements.csv")).exists();
        try (Stream<Path> inbox = Files.list(folders.inbox())) {
            assertThat(inbox).isEmpty();
        }

        TestWorkbooks.copySampleData(folders.inbox());
        JobExecution second = nightlyRuns.runNow("Test");

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path secondFolder = folders.archive().resolve(LocalDate.now().toString()).resolve("run-2");
        assertThat(secondFolder.resolve("bereits-importiert").resolve("schueler.xlsx")).exists();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM import_file WHERE run_id = ?", Integer.class,
                second.getJobInstanceId())).isZero();
        assertThat(audit.recent(10)).extracting(AuditLog.Event::action).contains("Lauf gestartet");
        assertNoPupilNameIn(output.getAll());
    }

    @Test
    void aSecondConcurrentStartIsRefused() throws Exception {
        // Another process holding the lock: a lock of its own on another database session.
        RunLock otherProcess = new RunLock(dataSource);
        otherProcess.acquire();
        try {
            Path input = TestWorkbooks.copySampleData(temp.resolve("in"));
            assertThatThrownBy(() -> runner.run(input, temp.resolve("out"), LocalDate.now()))
                    .isInstanceOf(RunAlreadyActiveException.class).hasMessageContaining("läuft bereits");
            assertThatThrownBy(() -> nightlyRuns.startInBackground("Test")).isInstanceOf(RunAlreadyActiveException.class);
        } finally {
            otherProcess.release();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM planning_run", Integer.class)).isZero();
        assertThat(audit.recent(5)).extracting(AuditLog.Event::outcome).contains("abgelehnt: läuft bereits");
    }

    @Test
    void aRunFailedInTheExportStepIsRestartedWithoutDuplicates() throws Exception {
        Path input = TestWorkbooks.copySampleData(temp.resolve("in"));
        Path output = temp.resolve("out");
        Files.writeString(output, "kein Ordner"); // the export cannot create its folder

        JobExecution failed = runner.run(input, output, LocalDate.now());
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getStepExecutions()).filteredOn(s -> s.getStatus() == BatchStatus.FAILED)
                .extracting(s -> s.getStepName()).containsExactly("exportStep");
        long runId = failed.getJobInstanceId();
        List<String> planBefore = plan(runId);
        int problems = count("import_problem");
        int pupils = count("pupil");

        Files.delete(output);
        JobExecution restarted = runner.restart(runId);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstanceId()).isEqualTo(runId);
        assertThat(restarted.getStepExecutions()).extracting(s -> s.getStepName()).containsExactly("exportStep");
        assertThat(plan(runId)).isEqualTo(planBefore);
        assertThat(count("import_problem")).isEqualTo(problems);
        assertThat(count("pupil")).isEqualTo(pupils);
        assertThat(output.resolve("placements.csv")).exists();
        assertThat(Files.readAllLines(output.resolve("placements.csv"))).hasSize(pupils + 1);
    }

    private List<String> plan(long runId) {
        return jdbc.queryForList("""
                SELECT case_number || ';' || coalesce(school_number, '') FROM placement WHERE run_id = ?
                ORDER BY case_number""", String.class, runId);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }

    /** Names and birth dates of the children never reach the log; case numbers may. */
    private void assertNoPupilNameIn(String log) {
        List<String> names = jdbc.queryForList("""
                SELECT DISTINCT n FROM (SELECT last_name AS n FROM pupil UNION SELECT first_name FROM pupil) x
                WHERE length(n) >= 5""", String.class);
        assertThat(names).isNotEmpty();
        for (String name : names) {
            assertThat(log).as("log must not contain the name %s", name).doesNotContain(name);
        }
        List<String> birthDates = jdbc.queryForList("SELECT to_char(birth_date, 'DD.MM.YYYY') FROM pupil",
                String.class);
        for (String date : birthDates) {
            assertThat(log).doesNotContain(date);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
