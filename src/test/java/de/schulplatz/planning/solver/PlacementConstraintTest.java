package de.schulplatz.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The one list of constraints: names unique, each level reads its own part of a score. */
class PlacementConstraintTest {

    @Test
    void namesAreUnique() {
        assertThat(Arrays.stream(PlacementConstraint.values()).map(PlacementConstraint::constraintName))
                .doesNotHaveDuplicates();
    }

    @Test
    void onlyTheFreePlacesAreHardAndOnlyAnUnassignedPupilIsMedium() {
        assertThat(Arrays.stream(PlacementConstraint.values()).filter(c -> c.level() == PlacementConstraint.Level.HARD))
                .containsExactly(PlacementConstraint.FREE_PLACES_EXCEEDED);
        assertThat(Arrays.stream(PlacementConstraint.values()).filter(c -> c.level() == PlacementConstraint.Level.MEDIUM))
                .containsExactly(PlacementConstraint.UNASSIGNED_PUPIL);
    }

    @Test
    void aLevelReadsItsPartOfTheScore() {
        HardMediumSoftLongScore score = HardMediumSoftLongScore.of(-1, -20, -300);
        assertThat(PlacementConstraint.Level.HARD.of(score)).isEqualTo(-1);
        assertThat(PlacementConstraint.Level.MEDIUM.of(score)).isEqualTo(-20);
        assertThat(PlacementConstraint.Level.SOFT.of(score)).isEqualTo(-300);
        assertThat(PlacementConstraint.Level.SOFT.label()).isEqualTo("weich");
    }
}
