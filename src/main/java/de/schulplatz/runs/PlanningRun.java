package de.schulplatz.runs;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One run of the nightly job, identified by planning date and run number; {@code id} is the Spring Batch
 * job instance, so a restarted run keeps its id.
 */
public record PlanningRun(long id, LocalDate planningDate, int runNumber, String inputDir, String outputDir,
        OffsetDateTime startedAt, Long hardScore, Long mediumScore, Long softScore, Long solvingMillis,
        Integer siblingPairsSharable, Integer siblingPairsTogether, OffsetDateTime publishedAt) {
}
