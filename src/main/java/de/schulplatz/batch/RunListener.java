package de.schulplatz.batch;

import de.schulplatz.intake.RunInputs;
import de.schulplatz.runs.RunJob;
import de.schulplatz.runs.RunProgress;
import de.schulplatz.runs.RunRepository;
import org.slf4j.MDC;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;

/** What every run of either job does at its start and end: its record, its phase, its metrics, its log id. */
final class RunListener implements JobExecutionListener {

    private final RunJob job;
    private final RunRepository runs;
    private final RunProgress progress;
    private final RunMetrics metrics;
    private final RunInputs inputs;

    RunListener(RunJob job, RunRepository runs, RunProgress progress, RunMetrics metrics, RunInputs inputs) {
        this.job = job;
        this.runs = runs;
        this.progress = progress;
        this.metrics = metrics;
        this.inputs = inputs;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        long runId = execution.getJobInstanceId();
        // Every log line of the run carries its id (case numbers only, never names).
        MDC.put("run", "Lauf " + runId);
        runs.register(runId, parameters.getLocalDate(RunParameters.PLANNING_DATE),
                parameters.getLong(RunParameters.RUN_NUMBER).intValue(), parameters.getString(RunParameters.INPUT_DIR),
                parameters.getString(RunParameters.OUTPUT_DIR), job);
        progress.phase(runId, "gestartet");
    }

    @Override
    public void afterJob(JobExecution execution) {
        // a failed or stopped run leaves what it read; its restart reads the files anew
        inputs.forget();
        progress.finished(execution.getJobInstanceId());
        metrics.runEnded(execution);
        MDC.remove("run");
    }
}
