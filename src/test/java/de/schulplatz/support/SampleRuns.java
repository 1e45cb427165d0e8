package de.schulplatz.support;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.batch.PlacementRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/** A complete run of the sample data on an emptied database: the published plan most page tests read. */
public final class SampleRuns {

    private SampleRuns() {
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
}
