package de.schulplatz.planning;

import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolQuota;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The plan of today's practice (first come, nearest free place), for the benchmark's comparison: its
 * placed and unassigned pupils, the total and median way to school, and its score under the same
 * constraints as the solver's plan.
 */
public record GreedyBaseline(int placed, int unassigned, long totalMetres, double medianMetres,
        HardMediumSoftLongScore score) {

    /**
     * Places the pupils of the plan as a KI does by hand: in the order they came, each at the nearest of its
     * candidates with a place still free (a pupil whose candidates are all full stays without one). Pinned
     * and confirmed pupils keep their place and take it first.
     */
    public static void assignFirstComeNearestFree(PlacementPlan plan, Comparator<PupilPlacement> firstCome) {
        Map<SchoolQuota, Integer> used = new HashMap<>();
        List<PupilPlacement> order = new ArrayList<>();
        for (PupilPlacement placement : plan.getPlacements()) {
            if (placement.isPinned()) {
                if (placement.getQuota() != null) {
                    used.merge(placement.getQuota(), 1, Integer::sum);
                }
            } else {
                order.add(placement);
            }
        }
        order.sort(firstCome.thenComparing(PupilPlacement::getCaseNumber));
        for (PupilPlacement placement : order) {
            placement.setQuota(placement.getCandidates().stream()
                    .filter(q -> used.getOrDefault(q, 0) < q.getFreePlaces()).findFirst().orElse(null));
            if (placement.getQuota() != null) {
                used.merge(placement.getQuota(), 1, Integer::sum);
            }
        }
    }

    /** The figures of an assigned plan scored by the solver's constraints. */
    public static GreedyBaseline of(PlacementPlan plan, HardMediumSoftLongScore score) {
        long[] metres = plan.getPlacements().stream().filter(PupilPlacement::isAssigned)
                .mapToLong(PupilPlacement::distanceMetres).sorted().toArray();
        return new GreedyBaseline(metres.length, plan.getPlacements().size() - metres.length,
                Arrays.stream(metres).sum(), Median.of(metres), score);
    }
}
