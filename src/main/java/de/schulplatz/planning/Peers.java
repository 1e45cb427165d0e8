package de.schulplatz.planning;

import java.util.List;

/**
 * The benchmark's side-by-side comparison: the proven bound of the problem and each method's run.
 *
 * @param mediumMinimum     the exact minimum of the medium level (weighted pupils without a place)
 * @param unassignedMinimum pupils without a place in the flow's optimum
 * @param boundSoft         no plan at the medium minimum has a lower soft penalty
 * @param apart             the pipeline's sibling pairs apart on its way
 */
public record Peers(long mediumMinimum, int unassignedMinimum, long boundSoft, List<PeerRun> runs, SiblingsApart apart) {

    /** Pairs of siblings apart although they could share a school: in the flow's own plan, at the start, at the end. */
    public record SiblingsApart(int flow, int start, int end) {
    }

    /** The lowest soft penalty any run reached at the medium minimum (feasible): the best plan known. */
    public long bestKnownSoft() {
        long best = Long.MAX_VALUE;
        for (PeerRun run : runs) {
            if (run.hard() == 0 && run.medium() == mediumMinimum) {
                best = Math.min(best, run.soft());
            }
        }
        return best;
    }
}
