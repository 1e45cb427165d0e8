package de.schulplatz.planning.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * Planning entity: where one pupil goes. The value range is the pupil's own candidate list (eligible
 * quotas, nearest first), so the solver never even considers an ineligible school; null means unassigned.
 */
@PlanningEntity(difficultyComparatorClass = PupilPlacement.FewerCandidatesFirst.class)
public class PupilPlacement {

    @PlanningId
    private String caseNumber;
    private int grade;
    private List<SchoolQuota> candidates;
    private Map<SchoolQuota, Integer> distanceMetres;
    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "candidates", nullable = true)
    private SchoolQuota quota;

    /** Needed by OptaPlanner's solution cloner. */
    PupilPlacement() {
    }

    /**
     * @param candidates     eligible quotas, nearest first
     * @param distanceMetres distance from home to each candidate's school
     */
    public PupilPlacement(String caseNumber, int grade, List<SchoolQuota> candidates,
            Map<SchoolQuota, Integer> distanceMetres) {
        this.caseNumber = caseNumber;
        this.grade = grade;
        this.candidates = List.copyOf(candidates);
        this.distanceMetres = Map.copyOf(distanceMetres);
        // Nothing to decide for a pupil without candidates: keep it out of the moves.
        this.pinned = candidates.isEmpty();
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public int getGrade() {
        return grade;
    }

    @ValueRangeProvider(id = "candidates")
    public List<SchoolQuota> getCandidates() {
        return candidates;
    }

    public boolean isPinned() {
        return pinned;
    }

    public SchoolQuota getQuota() {
        return quota;
    }

    public void setQuota(SchoolQuota quota) {
        this.quota = quota;
    }

    public boolean isAssigned() {
        return quota != null;
    }

    /** Distance to the chosen school; 0 when unassigned. */
    public int distanceMetres() {
        return quota == null ? 0 : distanceTo(quota);
    }

    public int distanceTo(SchoolQuota candidate) {
        Integer distance = distanceMetres.get(candidate);
        if (distance == null) {
            throw new IllegalArgumentException(candidate + " is not a candidate of " + caseNumber);
        }
        return distance;
    }

    @Override
    public String toString() {
        return caseNumber + "->" + quota;
    }

    /** Pupils with few choices are placed first by the construction heuristic. */
    public static final class FewerCandidatesFirst implements Comparator<PupilPlacement> {
        @Override
        public int compare(PupilPlacement a, PupilPlacement b) {
            // "decreasing difficulty" sorts the largest first: fewer candidates must compare larger
            return Comparator.comparingInt((PupilPlacement p) -> -p.candidates.size())
                    .thenComparing(PupilPlacement::getCaseNumber, Comparator.reverseOrder())
                    .compare(a, b);
        }
    }
}
