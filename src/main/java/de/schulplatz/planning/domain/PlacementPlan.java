package de.schulplatz.planning.domain;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Planning solution: all pupils to place and all quotas they can use.
 * Hard: free places; medium: unassigned pupils; soft: travel and (later) wishes, siblings, fairness.
 */
@PlanningSolution
public class PlacementPlan {

    @ProblemFactCollectionProperty
    private List<SchoolQuota> quotas;
    @PlanningEntityCollectionProperty
    private List<PupilPlacement> placements;
    @PlanningScore
    private HardMediumSoftLongScore score;

    PlacementPlan() {
    }

    public PlacementPlan(List<SchoolQuota> quotas, List<PupilPlacement> placements) {
        this.quotas = quotas;
        this.placements = placements;
    }

    public List<SchoolQuota> getQuotas() {
        return quotas;
    }

    public List<PupilPlacement> getPlacements() {
        return placements;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
