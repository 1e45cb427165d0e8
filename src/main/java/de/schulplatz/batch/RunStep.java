package de.schulplatz.batch;

import java.util.Arrays;
import java.util.Optional;

/**
 * The steps of {@code placementJob} (and of {@code transitionJob}, which shares imports and export), in order, with the part of a run each belongs to: the one place that
 * names them (the job's configuration builds them from here, the benchmark adds up their times by part).
 */
public enum RunStep {
    IMPORT_SCHOOLS("importSchoolsStep", Part.IMPORT),
    IMPORT_PUPILS("importPupilsStep", Part.IMPORT),
    APPLY_CORRECTIONS("applyCorrectionsStep", Part.IMPORT),
    SOLVE("solveStep", Part.SOLVE),
    EXPORT("exportStep", Part.EXPORT),
    /** transitionJob: the sheets "Übergang" and "Plätze Regelklassen". */
    IMPORT_TRANSITION("importTransitionStep", Part.IMPORT),
    /** transitionJob: planning the move into regular classes. */
    SOLVE_TRANSITION("solveTransitionStep", Part.SOLVE);

    /** Reading the inputs, planning, writing the lists. */
    public enum Part {
        IMPORT, SOLVE, EXPORT
    }

    private final String stepName;
    private final Part part;

    RunStep(String stepName, Part part) {
        this.stepName = stepName;
        this.part = part;
    }

    /** The Spring Batch step name, as stored in the job repository and shown as the run's phase. */
    public String stepName() {
        return stepName;
    }

    public Part part() {
        return part;
    }

    public static Optional<RunStep> ofStepName(String stepName) {
        return Arrays.stream(values()).filter(step -> step.stepName.equals(stepName)).findFirst();
    }
}
