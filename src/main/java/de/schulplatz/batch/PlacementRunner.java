package de.schulplatz.batch;

import de.schulplatz.runs.RunRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Service;

/** Starts placementJob for a planning date with the next free run number of that day. */
@Service
public class PlacementRunner {

    private final JobOperator jobOperator;
    private final Job placementJob;
    private final RunRepository runs;

    PlacementRunner(JobOperator jobOperator, Job placementJob, RunRepository runs) {
        this.jobOperator = jobOperator;
        this.placementJob = placementJob;
        this.runs = runs;
    }

    /** Runs the whole job synchronously and returns its execution (COMPLETED or FAILED). */
    public JobExecution run(Path inputDir, Path outputDir, LocalDate planningDate) throws Exception {
        if (!Files.isDirectory(inputDir)) {
            // A typing error should not leave a failed run in the history.
            throw new IllegalArgumentException("Eingabeordner " + inputDir + " existiert nicht oder ist kein Ordner");
        }
        JobParameters parameters = new JobParametersBuilder()
                .addLocalDate(RunParameters.PLANNING_DATE, planningDate, true)
                .addLong(RunParameters.RUN_NUMBER, (long) runs.nextRunNumber(planningDate), true)
                .addString(RunParameters.INPUT_DIR, inputDir.toAbsolutePath().normalize().toString(), false)
                .addString(RunParameters.OUTPUT_DIR, outputDir.toAbsolutePath().normalize().toString(), false)
                .toJobParameters();
        return jobOperator.start(placementJob, parameters);
    }
}
