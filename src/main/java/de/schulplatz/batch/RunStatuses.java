package de.schulplatz.batch;

import de.schulplatz.batch.RunViews.LiveProgress;
import de.schulplatz.batch.RunViews.RunDetail;
import de.schulplatz.batch.RunViews.RunSummary;
import de.schulplatz.batch.RunViews.Scores;
import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.planning.PlacementRepository.PlanCounts;
import de.schulplatz.planning.PlanningSettings;
import de.schulplatz.runs.PlanningRun;
import de.schulplatz.runs.RunJob;
import de.schulplatz.runs.RunProgress;
import de.schulplatz.runs.RunRepository;
import de.schulplatz.security.Account;
import de.schulplatz.security.ScopeDeniedException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Status of runs, put together from the run table, the Spring Batch metadata (the run id is the job
 * instance id, so a restarted run keeps its id) and the live progress of the runs of this process.
 */
@Component
@ConditionalOnWebApplication
public class RunStatuses {

    private final RunRepository runs;
    private final RunProgress progress;
    private final JobRepository jobRepository;
    private final PlacementRepository placements;
    private final RunLock lock;
    private final PlanningSettings planning;

    RunStatuses(RunRepository runs, RunProgress progress, JobRepository jobRepository, PlacementRepository placements,
            RunLock lock, PlanningSettings planning) {
        this.planning = planning;
        this.lock = lock;
        this.runs = runs;
        this.progress = progress;
        this.jobRepository = jobRepository;
        this.placements = placements;
    }

    /** The newest runs; for a Schulaufsicht only published ones, the plans it was sent. */
    public List<RunSummary> recent(int limit, Account user) {
        List<PlanningRun> recent = user.isSchoolAuthority() ? runs.recentPublished(limit) : runs.recent(limit);
        Map<Long, PlanCounts> counts = placements.counts(recent.stream().map(PlanningRun::id).toList());
        long newestPublished = runs.newestPublishedRunId();
        return recent.stream().map(run -> summary(run, counts.get(run.id()), newestPublished)).toList();
    }

    /**
     * Empty when neither the run table nor Spring Batch knows the id.
     *
     * @throws ScopeDeniedException for a Schulaufsicht and a run not published
     */
    public Optional<RunDetail> detail(long runId, Account user) {
        Optional<RunDetail> detail = detail(runId);
        if (user.isSchoolAuthority() && detail.isPresent() && detail.get().publishedAt() == null) {
            throw new ScopeDeniedException("Keine Berechtigung: die Schulaufsicht sieht nur veröffentlichte Läufe");
        }
        return detail;
    }

    /** Empty when neither the run table nor Spring Batch knows the id. */
    public Optional<RunDetail> detail(long runId) {
        Optional<PlanningRun> run = runs.find(runId);
        Optional<JobExecution> execution = lastExecution(runId);
        if (run.isEmpty() && execution.isEmpty()) {
            return Optional.empty();
        }
        // A run just started has a job instance but is registered in the run table a moment later.
        LocalDate planningDate = run.map(PlanningRun::planningDate).orElseGet(() -> execution.get()
                .getJobParameters().getLocalDate(RunParameters.PLANNING_DATE));
        Integer runNumber = run.<Integer>map(PlanningRun::runNumber).orElseGet(() -> {
            Long number = execution.get().getJobParameters().getLong(RunParameters.RUN_NUMBER);
            return number == null ? null : number.intValue();
        });
        BatchStatus status = execution.map(JobExecution::getStatus).orElse(BatchStatus.UNKNOWN);
        PlanCounts counts = placements.counts(List.of(runId)).get(runId);
        RunJob job = run.map(PlanningRun::job).orElse(RunJob.PLACEMENT);
        LiveProgress live = progress.of(runId).map(p -> live(p, job)).orElse(null);
        return Optional.of(new RunDetail(runId, planningDate, runNumber, status.name(), statusText(status),
                run.map(PlanningRun::startedAt).orElse(null), execution.map(RunStatuses::endedAt).orElse(null),
                run.map(PlanningRun::publishedAt).orElse(null), counts == null ? null : counts.placed(),
                counts == null ? null : counts.unassigned(), counts == null ? null : counts.withdrawn(),
                run.map(RunStatuses::scores).orElse(null), restartable(runId, status, runs.newestPublishedRunId()),
                live, runs.constraintScores(runId)));
    }

    /** The steps of each job in order: where a run stands. */
    private static final Map<RunJob, List<RunStep>> STEPS = Map.of(
            RunJob.PLACEMENT, List.of(RunStep.IMPORT_SCHOOLS, RunStep.IMPORT_PUPILS, RunStep.APPLY_CORRECTIONS,
                    RunStep.SOLVE, RunStep.EXPORT),
            RunJob.TRANSITION, List.of(RunStep.IMPORT_SCHOOLS, RunStep.IMPORT_PUPILS, RunStep.IMPORT_TRANSITION,
                    RunStep.SOLVE_TRANSITION, RunStep.EXPORT));

    /**
     * Step n of m, a share done and, while solving, the most the solver still takes (its time limit; it
     * often ends sooner, at the proven bound or when nothing improves). The share counts the steps before as
     * done and the solving step by its time; imports and export are short beside it.
     */
    private LiveProgress live(RunProgress.Progress p, RunJob job) {
        List<RunStep> steps = STEPS.get(job);
        int index = RunStep.ofStepName(p.phase()).map(steps::indexOf).orElse(-1);
        Integer percent = null;
        Long left = null;
        if (index >= 0) {
            double share = index;
            if (steps.get(index).part() == RunStep.Part.SOLVE) {
                long limit = Math.max(1, planning.timeLimit().toSeconds());
                long elapsed = p.phaseElapsed().toSeconds();
                share += Math.min(1.0, (double) elapsed / limit);
                left = Math.max(0, limit - elapsed);
            }
            percent = (int) Math.round(100 * share / steps.size());
        }
        return new LiveProgress(p.phase(), p.startedAt(), p.elapsed().toSeconds(), p.bestScore(), p.placed(),
                p.unassigned(), index < 0 ? null : index + 1, steps.size(), percent, left);
    }

    /**
     * The run going on now in any process (the newest job execution not ended, while the run lock is
     * taken), if any. A run left "started" by a killed process is not active: it waits for a restart.
     */
    public Optional<RunDetail> active() {
        if (!lock.isTakenAnywhere()) {
            return Optional.empty();
        }
        return jobRepository.findRunningJobExecutions(PlacementJobConfiguration.JOB_NAME).stream()
                .max(Comparator.comparingLong(JobExecution::getId))
                .flatMap(execution -> detail(execution.getJobInstanceId()));
    }

    Optional<JobExecution> lastExecution(long runId) {
        JobInstance instance = jobRepository.getJobInstance(runId);
        return instance == null ? Optional.empty() : Optional.ofNullable(jobRepository.getLastJobExecution(instance));
    }

    /** Failed or stopped, and no newer run published yet (whose lists an older plan must not replace). */
    private static boolean restartable(long runId, BatchStatus status, long newestPublishedRunId) {
        return (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) && runId > newestPublishedRunId;
    }

    private RunSummary summary(PlanningRun run, PlanCounts counts, long newestPublished) {
        Optional<JobExecution> execution = lastExecution(run.id());
        BatchStatus status = execution.map(JobExecution::getStatus).orElse(BatchStatus.UNKNOWN);
        OffsetDateTime ended = execution.map(RunStatuses::endedAt).orElse(null);
        return new RunSummary(run.id(), run.planningDate(), run.runNumber(), status.name(), statusText(status),
                run.startedAt(), ended, run.publishedAt(), counts == null ? null : counts.placed(),
                counts == null ? null : counts.unassigned(), counts == null ? null : counts.withdrawn(), scores(run),
                restartable(run.id(), status, newestPublished), run.job().label());
    }

    /** Spring Batch keeps local times of the server; with the offset they read like the other times. */
    private static OffsetDateTime endedAt(JobExecution execution) {
        LocalDateTime end = execution.getEndTime();
        return end == null ? null : end.atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

    private static Scores scores(PlanningRun run) {
        return new Scores(run.hardScore(), run.mediumScore(), run.softScore(), run.solvingMillis(),
                run.boundGap());
    }

    public static String statusText(BatchStatus status) {
        return switch (status) {
            case STARTING, STARTED -> "läuft";
            case STOPPING -> "wird angehalten";
            case STOPPED -> "angehalten";
            case COMPLETED -> "abgeschlossen";
            case FAILED -> "gescheitert";
            case ABANDONED -> "aufgegeben";
            case UNKNOWN -> "unbekannt";
        };
    }
}
