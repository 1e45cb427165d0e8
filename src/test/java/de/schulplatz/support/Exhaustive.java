package de.schulplatz.support;

import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolQuota;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;

/** The best feasible plan of a tiny instance, by scoring every candidate-or-none choice with the real constraints. */
public final class Exhaustive {

    private Exhaustive() {
    }

    public static HardMediumSoftLongScore optimum(PlacementPlan plan,
            SolutionManager<PlacementPlan, HardMediumSoftLongScore> scorer) {
        HardMediumSoftLongScore[] best = {null};
        search(plan, 0, scorer, best);
        return best[0];
    }

    private static void search(PlacementPlan plan, int index, SolutionManager<PlacementPlan, HardMediumSoftLongScore> scorer,
            HardMediumSoftLongScore[] best) {
        if (index == plan.getPlacements().size()) {
            HardMediumSoftLongScore score = scorer.update(plan);
            if (score.hardScore() == 0 && (best[0] == null || score.compareTo(best[0]) > 0)) {
                best[0] = score;
            }
            return;
        }
        PupilPlacement placement = plan.getPlacements().get(index);
        if (placement.isPinned()) {
            search(plan, index + 1, scorer, best);
            return;
        }
        List<SchoolQuota> options = new ArrayList<>(placement.getCandidates());
        options.add(null);
        for (SchoolQuota option : options) {
            placement.setQuota(option);
            search(plan, index + 1, scorer, best);
        }
        placement.setQuota(null);
    }
}
