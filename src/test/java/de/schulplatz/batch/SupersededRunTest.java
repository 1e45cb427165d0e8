package de.schulplatz.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.schulplatz.export.ExportService;
import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.runs.RunProgress;
import de.schulplatz.runs.RunRepository;
import de.schulplatz.runs.SupersededRunException;
import de.schulplatz.support.Await;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Continuing an old stopped run must not republish its stale plan over the lists of newer runs: run A is
 * stopped while it solves, runs B (with a new child) and C complete, then A is continued.
 */
@DatabaseTest
class SupersededRunTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    @Autowired
    PlacementRunner runner;
    @Autowired
    RunLock lock;
    @Autowired
    RunProgress progress;
    @Autowired
    PlacementRepository placements;
    @Autowired
    ExportService export;
    @Autowired
    RunRepository runs;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @Test
    void aStoppedRunOlderThanThePublishedOneCannotBeContinuedNorPublished() throws Exception {
        DatabaseCleaner.clean(jdbc);
        Path input = TestWorkbooks.copySampleData(temp.resolve("in"));
        long a = SampleRuns.startAndAwaitSolving(runner, progress, jdbc, input, temp.resolve("out-a"), DAY);
        assertThat(runner.stop(a)).isTrue();
        Await.until(Duration.ofSeconds(60), () -> lock.isHeldHere() ? null : Boolean.TRUE);
        assertThat(runner.lastStatus(a)).isEqualTo(BatchStatus.STOPPED);

        new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ")
                .header().row("NEU-B", "Neu", "Nora", LocalDate.of(2018, 3, 3), "32657")
                .done().writeTo(input.resolve("nachtrag.xlsx"));
        long b = runner.run(input, temp.resolve("out-b"), DAY).getJobInstanceId();
        long c = runner.run(input, temp.resolve("out-c"), DAY).getJobInstanceId();
        assertThat(runner.lastStatus(c)).isEqualTo(BatchStatus.COMPLETED);

        assertThatThrownBy(() -> runner.restart(a))
                .isInstanceOf(SupersededRunException.class)
                .hasMessageStartingWith("Lauf " + a + " ist überholt: der neuere Lauf " + c + " (21.11.2026, Nr. 3) "
                        + "ist schon veröffentlicht");
        assertThat(runner.lastStatus(a)).isEqualTo(BatchStatus.STOPPED);
        assertThat(runs.newestPublishedRunId()).isEqualTo(c);
        assertThat(temp.resolve("out-a").resolve("placements.csv")).doesNotExist();
        assertThat(placements.findByRun(c)).anyMatch(p -> p.caseNumber().equals("NEU-B"));
        // Where the plan is published, whichever way a run gets there (e.g. another process).
        assertThatThrownBy(() -> export.export(a, temp.resolve("out-a")))
                .isInstanceOf(SupersededRunException.class);
        assertThat(temp.resolve("out-a").resolve("placements.csv")).doesNotExist();
        assertThat(b).isLessThan(c);
    }
}
