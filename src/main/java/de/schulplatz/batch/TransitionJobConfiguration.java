package de.schulplatz.batch;

import de.schulplatz.intake.RunInputs;
import de.schulplatz.intake.TransitionImport;
import de.schulplatz.planning.TransitionPlanning;
import de.schulplatz.runs.RunJob;
import de.schulplatz.runs.RunProgress;
import de.schulplatz.runs.RunRepository;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code transitionJob}: the move out of the initial German support into regular classes. It imports schools
 * and pupils as the placement does, then the sheets "Übergang" and "Plätze Regelklassen", plans with the same
 * solver core, and exports the transition lists. Started on demand ({@code run --job transition}); the
 * nightly schedule stays the first placement.
 */
@Configuration
class TransitionJobConfiguration {

    static final String JOB_NAME = "transitionJob";

    @Bean
    Job transitionJob(JobRepository jobRepository, Step importSchoolsStep, Step importPupilsStep,
            Step importTransitionStep, Step solveTransitionStep, Step exportStep, RunRepository runs,
            RunProgress progress, RunMetrics metrics, RunInputs inputs) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new RunListener(RunJob.TRANSITION, runs, progress, metrics, inputs))
                .start(importSchoolsStep)
                .next(importPupilsStep)
                .next(importTransitionStep)
                .next(solveTransitionStep)
                .next(exportStep)
                .build();
    }

    @Bean
    Step importTransitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StepExecutionListener phaseListener, TransitionImport transitionImport) {
        return new StepBuilder(RunStep.IMPORT_TRANSITION.stepName(), jobRepository)
                .listener(phaseListener)
                .tasklet((contribution, chunk) -> {
                    var summary = transitionImport.importFrom(PlacementJobConfiguration.inputDir(contribution),
                            PlacementJobConfiguration.runId(contribution),
                            PlacementJobConfiguration.planningDate(contribution));
                    PlacementJobConfiguration.countRows(contribution, summary);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step solveTransitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StepExecutionListener phaseListener, TransitionPlanning planning) {
        return new StepBuilder(RunStep.SOLVE_TRANSITION.stepName(), jobRepository)
                .listener(phaseListener)
                .tasklet((contribution, chunk) -> {
                    var outcome = planning.plan(PlacementJobConfiguration.runId(contribution),
                            PlacementJobConfiguration.planningDate(contribution));
                    contribution.getStepExecution().setReadCount(outcome.pupilsPlanned());
                    contribution.incrementWriteCount(outcome.placed());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
