package de.schulplatz.batch;

import de.schulplatz.export.ExportService;
import de.schulplatz.intake.CorrectionsImport;
import de.schulplatz.intake.ImportSummary;
import de.schulplatz.intake.PupilImport;
import de.schulplatz.intake.RunInputs;
import de.schulplatz.intake.SchoolImport;
import de.schulplatz.planning.PlanningService;
import de.schulplatz.runs.RunJob;
import de.schulplatz.runs.RunProgress;
import de.schulplatz.runs.RunRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.StoppableTasklet;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly {@code placementJob}: import schools and free places, import pupils, apply the corrections
 * of Korrekturen sheets, solve, export (which publishes the plan).
 * Identified by planning date and run number; each step is one transaction and can be repeated on a
 * restart without duplicating anything (imports upsert, the plan and the reports of a run are replaced).
 */
@Configuration
class PlacementJobConfiguration {

    static final String JOB_NAME = "placementJob";

    @Bean
    Job placementJob(JobRepository jobRepository, Step importSchoolsStep, Step importPupilsStep,
            Step applyCorrectionsStep, Step solveStep, Step exportStep, RunRepository runs, RunProgress progress,
            RunMetrics metrics, RunInputs inputs) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new RunListener(RunJob.PLACEMENT, runs, progress, metrics, inputs))
                .start(importSchoolsStep)
                .next(importPupilsStep)
                .next(applyCorrectionsStep)
                .next(solveStep)
                .next(exportStep)
                .build();
    }

    @Bean
    Step importSchoolsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StepExecutionListener phaseListener,
            SchoolImport schoolImport) {
        return new StepBuilder(RunStep.IMPORT_SCHOOLS.stepName(), jobRepository)
                .listener(phaseListener)
                .tasklet((contribution, chunk) -> {
                    var summary = schoolImport.importFrom(inputDir(contribution), runId(contribution),
                            planningDate(contribution));
                    countRows(contribution, summary);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step importPupilsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StepExecutionListener phaseListener,
            PupilImport pupilImport) {
        return new StepBuilder(RunStep.IMPORT_PUPILS.stepName(), jobRepository)
                .listener(phaseListener)
                .tasklet((contribution, chunk) -> {
                    var summary = pupilImport.importFrom(inputDir(contribution), runId(contribution),
                            planningDate(contribution));
                    countRows(contribution, summary);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step applyCorrectionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StepExecutionListener phaseListener,
            CorrectionsImport corrections) {
        return new StepBuilder(RunStep.APPLY_CORRECTIONS.stepName(), jobRepository)
                .listener(phaseListener)
                .tasklet((contribution, chunk) -> {
                    var summary = corrections.importFrom(inputDir(contribution), runId(contribution),
                            planningDate(contribution));
                    countRows(contribution, summary);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step solveStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StepExecutionListener phaseListener,
            PlanningService planning) {
        return new StepBuilder(RunStep.SOLVE.stepName(), jobRepository)
                .listener(phaseListener)
                .tasklet(new SolveTasklet(planning), transactionManager)
                .build();
    }

    @Bean
    Step exportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StepExecutionListener phaseListener,
            ExportService export, RunRepository runs) {
        return new StepBuilder(RunStep.EXPORT.stepName(), jobRepository)
                .listener(phaseListener)
                .tasklet((contribution, chunk) -> {
                    var files = export.export(runId(contribution), Path.of(parameters(contribution)
                            .getString(RunParameters.OUTPUT_DIR)));
                    runs.markPublished(runId(contribution));
                    contribution.incrementWriteCount(files.size());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    /** Solving can be stopped from outside (JobOperator.stop): the solver ends early, its best plan is kept. */
    static final class SolveTasklet implements StoppableTasklet {

        private final PlanningService planning;

        SolveTasklet(PlanningService planning) {
            this.planning = planning;
        }

        @Override
        public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
            if (planning.hasSavedPlan(runId(contribution))) {
                // a stopped attempt saved its best plan; the restart keeps it and goes on to the export
                return RepeatStatus.FINISHED;
            }
            var outcome = planning.plan(runId(contribution), planningDate(contribution));
            contribution.getStepExecution().setReadCount(outcome.pupilsPlanned());
            contribution.incrementWriteCount(outcome.placed());
            var context = contribution.getStepExecution().getExecutionContext();
            context.putLong("flowMillis", outcome.flowMillis());
            context.putLong("firstFeasibleMillis", outcome.firstFeasibleMillis());
            if (outcome.stoppedEarly()) {
                // Stops the job after this step (STOPPED, restartable) through the step's own execution:
                // JobOperator.stop would update it from outside and race with this thread (Spring Batch
                // 6.0.4, issue 5484: OptimisticLockingFailureException, run FAILED).
                contribution.getStepExecution().setTerminateOnly();
            }
            return RepeatStatus.FINISHED;
        }

        @Override
        public void stop() {
            planning.terminateEarly();
        }
    }

    /** Shows the step as the run's phase in the status. */
    @Bean
    StepExecutionListener phaseListener(RunProgress progress) {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                progress.phase(stepExecution.getJobExecution().getJobInstanceId(), stepExecution.getStepName());
            }
        };
    }

    /** Rejected rows count as skipped, rows superseded by a newer file as filtered. */
    static void countRows(StepContribution contribution, ImportSummary summary) {
        contribution.getStepExecution().setReadCount(summary.rowsRead());
        contribution.incrementWriteCount(summary.rowsImported());
        contribution.incrementReadSkipCount(summary.rowsRejected());
        contribution.incrementFilterCount(summary.rowsSuperseded());
    }

    static JobParameters parameters(StepContribution contribution) {
        return contribution.getStepExecution().getJobExecution().getJobParameters();
    }

    static long runId(StepContribution contribution) {
        return contribution.getStepExecution().getJobExecution().getJobInstanceId();
    }

    static Path inputDir(StepContribution contribution) {
        return Path.of(parameters(contribution).getString(RunParameters.INPUT_DIR));
    }

    static LocalDate planningDate(StepContribution contribution) {
        return parameters(contribution).getLocalDate(RunParameters.PLANNING_DATE);
    }
}
