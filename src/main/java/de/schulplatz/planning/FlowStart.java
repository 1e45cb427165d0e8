package de.schulplatz.planning;

import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.flow.FlowPlanner;
import java.util.function.Function;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The start of the search from the flow: its own plan, or its second plan when that scores better. */
final class FlowStart {

    private FlowStart() {
    }

    /**
     * Sets the unpinned pupils to the flow's plan, or to its plan with families kept together (the flow
     * ignores siblings) when that scores better.
     *
     * @return whether the plan with families together was chosen
     */
    static boolean familiesTogetherIfBetter(PlacementPlan plan, FlowPlanner.Result flow,
            Function<PlacementPlan, HardMediumSoftLongScore> score) {
        flow.applyTo(plan);
        if (flow.siblingStart() == null) {
            return false;
        }
        HardMediumSoftLongScore own = score.apply(plan);
        plan.getPlacements().stream().filter(p -> !p.isPinned()).forEach(p -> p.setQuota(flow.siblingStart().get(p)));
        if (score.apply(plan).compareTo(own) > 0) {
            return true;
        }
        flow.applyTo(plan);
        return false;
    }
}
