package de.schulplatz.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pages show a run's step in German; the API keeps the step's name. */
class RunStepTest {

    @Test
    void everyStepHasAGermanLabelAndOtherPhasesStayAsTheyAre() {
        assertThat(RunStep.labelOf("solveStep")).isEqualTo("Planen");
        assertThat(RunStep.labelOf("importTransitionStep")).isEqualTo("Übergang einlesen");
        assertThat(RunStep.labelOf("gestartet")).isEqualTo("gestartet");
        assertThat(RunStep.values()).allSatisfy(step -> assertThat(step.label()).isNotBlank().doesNotContain("Step"));
    }
}
