package de.schulplatz.batch;

import java.util.Arrays;
import java.util.Optional;

/**
 * The steps of {@code placementJob} (and of {@code transitionJob}, which shares imports and export), in order, with the part of a run each belongs to: the one place that
 * names them (the job's configuration builds them from here, the benchmark adds up their times by part).
 */
public enum RunStep {
    IMPORT_SCHOOLS("importSchoolsStep", Part.IMPORT, "Schulen und freie Plätze einlesen"),
    IMPORT_PUPILS("importPupilsStep", Part.IMPORT, "Kinder einlesen"),
    APPLY_CORRECTIONS("applyCorrectionsStep", Part.IMPORT, "Korrekturen anwenden"),
    SOLVE("solveStep", Part.SOLVE, "Planen"),
    EXPORT("exportStep", Part.EXPORT, "Listen schreiben"),
    /** transitionJob: the sheets "Übergang" and "Plätze Regelklassen". */
    IMPORT_TRANSITION("importTransitionStep", Part.IMPORT, "Übergang einlesen"),
    /** transitionJob: planning the move into regular classes. */
    SOLVE_TRANSITION("solveTransitionStep", Part.SOLVE, "Übergang planen");

    /** Reading the inputs, planning, writing the lists. */
    public enum Part {
        IMPORT, SOLVE, EXPORT
    }

    private final String stepName;
    private final Part part;
    private final String label;

    RunStep(String stepName, Part part, String label) {
        this.stepName = stepName;
        this.part = part;
        this.label = label;
    }

    /** As the workspace shows the step: German, e.g. "Planen". */
    public String label() {
        return label;
    }

    /** The German label of a run's phase (a step name, or a word like "gestartet" that is one already). */
    public static String labelOf(String phase) {
        return ofStepName(phase).map(RunStep::label).orElse(phase);
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
