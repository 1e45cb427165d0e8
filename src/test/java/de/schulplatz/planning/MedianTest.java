package de.schulplatz.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One median for every report: the middle value, or the mean of the two middle ones. */
class MedianTest {

    @Test
    void anOddCountHasItsMiddleValue() {
        assertThat(Median.of(new long[] {900, 100, 500})).isEqualTo(500);
    }

    @Test
    void anEvenCountHasTheMeanOfTheTwoMiddleValues() {
        assertThat(Median.of(new long[] {400, 100, 300, 200})).isEqualTo(250);
    }

    @Test
    void noValuesHaveMedianZeroAndTheInputStaysUnsorted() {
        long[] values = {3, 1, 2};
        Median.of(values);
        assertThat(values).containsExactly(3, 1, 2);
        assertThat(Median.of(new long[0])).isZero();
    }
}
