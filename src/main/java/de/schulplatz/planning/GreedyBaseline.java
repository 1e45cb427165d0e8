package de.schulplatz.planning;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The plan of today's practice (first come, nearest free place), for the benchmark's comparison. */
public record GreedyBaseline(int placed, int unassigned, long totalMetres, long medianMetres,
        HardMediumSoftLongScore score) {
}
