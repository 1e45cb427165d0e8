package de.schulplatz.planning.domain;

import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Planning solution: all pupils to place, the schools and quotas they can use, and the weights.
 * Hard: free places; medium: unassigned pupils (by urgency); soft: weighted travel, wishes, siblings,
 * fair spread and published changes.
 */
@PlanningSolution
public class PlacementPlan {

    @ProblemFactCollectionProperty
    private List<SchoolFact> schools;
    @ProblemFactCollectionProperty
    private List<SchoolQuota> quotas;
    @PlanningEntityCollectionProperty
    private List<PupilPlacement> placements;
    @ConstraintConfigurationProvider
    private PlacementWeights weights;
    @PlanningScore
    private HardMediumSoftLongScore score;

    PlacementPlan() {
    }

    public PlacementPlan(List<SchoolFact> schools, List<SchoolQuota> quotas, List<PupilPlacement> placements,
            PlacementWeights weights) {
        this.schools = schools;
        this.quotas = quotas;
        this.placements = placements;
        this.weights = weights;
    }

    public List<SchoolFact> getSchools() {
        return schools;
    }

    public List<SchoolQuota> getQuotas() {
        return quotas;
    }

    public List<PupilPlacement> getPlacements() {
        return placements;
    }

    public PlacementWeights getWeights() {
        return weights;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
