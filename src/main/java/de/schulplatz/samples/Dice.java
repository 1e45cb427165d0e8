package de.schulplatz.samples;

import java.util.List;
import java.util.Random;

/**
 * The one seeded source of chance of a sample set. Every part of the generator draws from the same
 * instance in a fixed order, which is what makes the same seed give the same files: a new draw, or one
 * moved, changes everything written after it.
 */
final class Dice extends Random {

    Dice(long seed) {
        super(seed);
    }

    <T> T pick(List<T> values) {
        return values.get(nextInt(values.size()));
    }

    /** A whole number with the given mean, spread evenly between 0 and twice the mean. */
    int around(double mean) {
        double value = nextDouble() * 2 * mean;
        return (int) Math.floor(value) + (nextDouble() < value - Math.floor(value) ? 1 : 0);
    }
}
