package de.schulplatz.batch;

import java.util.List;
import java.util.Optional;
import de.schulplatz.planning.PlanningService;
import de.schulplatz.runs.RunRepository;
import jakarta.annotation.PreDestroy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import de.schulplatz.logging.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

/**
 * Starts, restarts and stops placementJob. Every start holds the {@link RunLock}, so only one run is
 * active across all processes sharing the database; a second start is refused at once.
 */
@Service
public class PlacementRunner {

    private static final Logger log = LoggerFactory.getLogger(PlacementRunner.class);
    /** How long a shutdown waits for a stopped run to write its best plan and end. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    /** Input and output folder of one run, chosen once its run number is known. */
    public record RunFolders(Path input, Path output) {
    }

    /** A run started in the background: its date and number identify it until its id is known. */
    public record StartedRun(LocalDate planningDate, int runNumber) {
    }

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job placementJob;
    private final Job transitionJob;
    private final RunRepository runs;
    private final RunLock lock;
    private final PlanningService planning;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "placement-run");
        thread.setDaemon(true);
        return thread;
    });

    PlacementRunner(JobOperator jobOperator, JobRepository jobRepository, Job placementJob, Job transitionJob,
            RunRepository runs, RunLock lock, PlanningService planning) {
        this.transitionJob = transitionJob;
        this.planning = planning;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.placementJob = placementJob;
        this.runs = runs;
        this.lock = lock;
    }

    /** Runs the whole job synchronously and returns its execution (COMPLETED, FAILED or STOPPED). */
    public JobExecution run(Path inputDir, Path outputDir, LocalDate planningDate) throws Exception {
        if (!Files.isDirectory(inputDir)) {
            // A typing error should not leave a failed run in the history.
            throw new IllegalArgumentException("Eingabeordner " + inputDir + " existiert nicht oder ist kein Ordner");
        }
        return run(planningDate, number -> new RunFolders(inputDir, outputDir));
    }

    /**
     * Runs {@code transitionJob} synchronously: the move out of the initial German support on the sheets
     * "Übergang" and "Plätze Regelklassen" of the input folder (the same lock: one run at a time).
     */
    public JobExecution runTransition(Path inputDir, Path outputDir, LocalDate planningDate) throws Exception {
        if (!Files.isDirectory(inputDir)) {
            throw new IllegalArgumentException("Eingabeordner " + inputDir + " existiert nicht oder ist kein Ordner");
        }
        lock.acquire();
        try {
            return jobOperator.start(transitionJob, parameters(planningDate, number -> new RunFolders(inputDir, outputDir)));
        } finally {
            lock.release();
        }
    }

    /** Runs synchronously with folders that depend on the run number (the service's archive and outbox). */
    public JobExecution run(LocalDate planningDate, IntFunction<RunFolders> folders) throws Exception {
        lock.acquire();
        try {
            return jobOperator.start(placementJob, parameters(planningDate, folders));
        } finally {
            lock.release();
        }
    }

    /** Starts a run in the background; refused at once (before anything happens) when one is active. */
    public StartedRun start(LocalDate planningDate, IntFunction<RunFolders> folders) {
        lock.acquire();
        try {
            JobParameters parameters = parameters(planningDate, folders);
            background.execute(() -> {
                try {
                    jobOperator.start(placementJob, parameters);
                } catch (Exception e) {
                    log.error("Run {} of {} could not start: {}", parameters.getLong(RunParameters.RUN_NUMBER),
                            planningDate, Failures.withoutMessages(e));
                } finally {
                    lock.release();
                }
            });
            return new StartedRun(planningDate, parameters.getLong(RunParameters.RUN_NUMBER).intValue());
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    /**
     * Restarts a failed or stopped run where it ended: completed steps are skipped, the failed step runs
     * again; every step replaces what an earlier attempt wrote, so nothing is imported twice. A run left
     * "running" by a killed process is first marked failed (possible because the lock is free). A run older
     * than the latest published one is refused ({@link de.schulplatz.runs.SupersededRunException}).
     */
    public JobExecution restart(long runId) throws Exception {
        lock.acquire();
        try {
            JobExecution last = lastExecution(runId);
            if (last.getStatus() == BatchStatus.STARTED || last.getStatus() == BatchStatus.STARTING
                    || last.getStatus() == BatchStatus.STOPPING) {
                // We hold the lock, so no process is running it: it died.
                last = jobOperator.recover(last);
            }
            if (last.getStatus() == BatchStatus.UNKNOWN) {
                // The database connection dropped while the run failed, so its end could not be recorded;
                // every step wrote in one transaction, so nothing of the broken step is stored: mark it failed.
                markFailed(last);
            }
            if (last.getStatus() != BatchStatus.FAILED && last.getStatus() != BatchStatus.STOPPED) {
                throw new IllegalStateException("Lauf " + runId + " ist " + last.getStatus()
                        + "; nur gescheiterte oder angehaltene Läufe können neu gestartet werden");
            }
            runs.requireNotSuperseded(runId);
            return jobOperator.restart(last);
        } finally {
            lock.release();
        }
    }

    private void markFailed(JobExecution execution) {
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN || step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED);
                step.setEndTime(now);
                jobRepository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED);
        execution.setEndTime(now);
        jobRepository.update(execution);
    }

    /** Status of the run's last execution, as recorded in the job repository. */
    public BatchStatus lastStatus(long runId) {
        return lastExecution(runId).getStatus();
    }

    /**
     * Asks a running run to stop: the solver ends early (or, asked during the import, does not start) and
     * keeps its best plan; the run ends STOPPED after its solve step and can be continued. A run of another
     * process is stopped through Spring Batch, which marks it STOPPING for that process to see.
     */
    public boolean stop(long runId) throws Exception {
        JobExecution last = lastExecution(runId);
        if (!last.isRunning()) {
            return false;
        }
        if (lock.isHeldHere()) {
            planning.terminateEarly(runId);
            return true;
        }
        return jobOperator.stop(last);
    }

    /**
     * On shutdown (the service ends, a test context closes) a run going on in the background is stopped like
     * "Anhalten" (the solver ends early, its best plan is kept; the run can be continued later) and awaited:
     * it must not go on writing once the database connections are closed.
     */
    @PreDestroy
    void shutdown() throws InterruptedException {
        background.shutdown();
        if (background.awaitTermination(0, TimeUnit.SECONDS)) {
            return;
        }
        if (lock.isHeldHere()) {
            for (JobExecution running : jobRepository.findRunningJobExecutions(PlacementJobConfiguration.JOB_NAME)) {
                log.info("Shutting down: stopping run {}", running.getJobInstanceId());
                planning.terminateEarly(running.getJobInstanceId());
            }
        }
        if (!background.awaitTermination(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            log.warn("A run did not end within {} s of the shutdown; restart it later", SHUTDOWN_WAIT.toSeconds());
        }
    }

    private JobExecution lastExecution(long runId) {
        JobInstance instance = jobRepository.getJobInstance(runId);
        if (instance == null) {
            throw new IllegalArgumentException("Lauf " + runId + " gibt es nicht");
        }
        return jobRepository.getLastJobExecution(instance);
    }

    private JobParameters parameters(LocalDate planningDate, IntFunction<RunFolders> folders) {
        int runNumber = runs.nextRunNumber(planningDate);
        RunFolders paths = folders.apply(runNumber);
        return new JobParametersBuilder()
                .addLocalDate(RunParameters.PLANNING_DATE, planningDate, true)
                .addLong(RunParameters.RUN_NUMBER, (long) runNumber, true)
                .addString(RunParameters.INPUT_DIR, paths.input().toAbsolutePath().normalize().toString(), false)
                .addString(RunParameters.OUTPUT_DIR, paths.output().toAbsolutePath().normalize().toString(), false)
                .toJobParameters();
    }

    /**
     * The newest run whose last job execution failed or was stopped, for a restart without an id. Runs
     * are job instances (newest first in Spring Batch's list), read a page at a time.
     */
    public Optional<Long> lastUnfinishedRunId() {
        int page = 100;
        for (int start = 0; ; start += page) {
            List<JobInstance> instances = jobRepository.getJobInstances(PlacementJobConfiguration.JOB_NAME, start, page);
            for (JobInstance instance : instances) {
                JobExecution last = jobRepository.getLastJobExecution(instance);
                if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)
                        && runs.find(instance.getInstanceId()).isPresent()) {
                    return Optional.of(instance.getInstanceId());
                }
            }
            if (instances.size() < page) {
                return Optional.empty();
            }
        }
    }
}
