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
 * The assumed-size fields: the school size fair spread assumed for schools reporting none, its basis
 * (SETTING, MEDIAN, DEFAULT of planning.AssumedSchoolSize) and how many schools got it; null before planning.
 */
public record PlanningRun(long id, LocalDate planningDate, int runNumber, String inputDir, String outputDir,
        OffsetDateTime startedAt, Long hardScore, Long mediumScore, Long softScore, Long solvingMillis,
        Integer siblingPairsSharable, Integer siblingPairsTogether, OffsetDateTime publishedAt, Long boundMedium,
        Long boundSoft, Integer boundUnassigned, Boolean boundExact, Integer assumedTotalPupils,
        String assumedSizeBasis, Integer schoolsWithoutSize, RunJob job) {

    /**
     * How far the plan's soft penalty lies above the proven bound: (penalty − bound) / bound, as a fraction.
     * Null when the run has no bound or score, when the plan leaves more pupils unassigned than the proven
     * minimum (then the soft levels are not comparable), or when the bound is 0 and the plan is not.
     */
    public Double boundGap() {
        if (boundMedium == null || boundSoft == null || mediumScore == null || softScore == null
                || -mediumScore != boundMedium) {
            return null;
        }
        long penalty = -softScore;
        if (boundSoft > 0) {
            return Math.max(0, penalty - boundSoft) / (double) boundSoft;
        }
        return penalty == 0 ? 0.0 : null;
    }
}
