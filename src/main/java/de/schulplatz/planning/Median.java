package de.schulplatz.planning;

import java.util.Arrays;

/**
 * The median of the way to school, as every report states it (Auswertung, run summary, benchmark, the
 * greedy baseline): the middle value, or the mean of the two middle values of an even count; 0 for none.
 */
public final class Median {

    private Median() {
    }

    public static double of(long[] values) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
