package de.schulplatz.runs;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One run of the nightly job, identified by planning date and run number; {@code id} is the Spring Batch
 * job instance, so a restarted run keeps its id.
 */
/**
 * The bound fields (null for runs before it existed): the min-cost flow's weighted unassigned minimum
 * (penalty, positive), its lower bound on the soft penalty, its number of unassigned pupils, and whether
 * the bound is proven (false only when costs were too large for an exact lexicographic order).
 */
public record PlanningRun(long id, LocalDate planningDate, int runNumber, String inputDir, String outputDir,
        OffsetDateTime startedAt, Long hardScore, Long mediumScore, Long softScore, Long solvingMillis,
        Integer siblingPairsSharable, Integer siblingPairsTogether, OffsetDateTime publishedAt, Long boundMedium,
        Long boundSoft, Integer boundUnassigned, Boolean boundExact) {
}
