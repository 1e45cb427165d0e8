package de.schulplatz.planning.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Penalty rank when none of the wished schools is met (wishes met score 0, 1, 2 by rank). */
    public static final int NO_WISH_MET = 3;

    @PlanningId
    private String caseNumber;
    private PupilProfile profile;
    private List<SchoolQuota> candidates;
    private Map<SchoolQuota, Integer> distanceMetres;
    private Set<String> candidateSchools;
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
    public PupilPlacement(PupilProfile profile, List<SchoolQuota> candidates, Map<SchoolQuota, Integer> distanceMetres) {
        this.caseNumber = profile.caseNumber();
        this.profile = profile;
        this.candidates = List.copyOf(candidates);
        this.distanceMetres = Map.copyOf(distanceMetres);
        this.candidateSchools = new HashSet<>();
        candidates.forEach(candidate -> candidateSchools.add(candidate.getSchoolNumber()));
        // Nothing to decide for a pupil without candidates: keep it out of the moves.
        this.pinned = candidates.isEmpty();
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public PupilProfile getProfile() {
        return profile;
    }

    public int getGrade() {
        return profile.grade();
    }

    public String getFamilyId() {
        return profile.familyId();
    }

    @ValueRangeProvider(id = "candidates")
    public List<SchoolQuota> getCandidates() {
        return candidates;
    }

    public boolean isPinned() {
        return pinned;
    }

    /** Fixes the pupil at one of its candidates (a pin or confirmation by an administrator). */
    public void pin(SchoolQuota fixed) {
        if (!candidates.contains(fixed)) {
            throw new IllegalArgumentException(fixed + " is not a candidate of " + caseNumber);
        }
        this.quota = fixed;
        this.pinned = true;
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

    public String schoolNumber() {
        return quota == null ? null : quota.getSchoolNumber();
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

    /** Metres beyond the travel-cost reimbursement threshold; 0 when within or unassigned. */
    public int metresBeyondThreshold() {
        return Math.max(0, distanceMetres() - profile.reimbursementThresholdMetres());
    }

    /** 0 when the first wish is met, 1 for the second, 2 for the third, {@link #NO_WISH_MET} otherwise. */
    public int wishRankMissed() {
        int index = profile.wishedSchools().indexOf(schoolNumber());
        return index < 0 ? NO_WISH_MET : index;
    }

    public boolean hasWishes() {
        return profile.wishedSchools().stream().anyMatch(wish -> !wish.isEmpty());
    }

    public boolean isOutsideHomeMunicipality() {
        return quota != null && !quota.getSchool().municipalityKey().equals(profile.municipalityKey());
    }

    /** True when this placement moves a pupil away from (or out of) the school of the published plan. */
    public boolean changesPublishedPlacement() {
        return profile.publishedSchoolNumber() != null && !profile.publishedSchoolNumber().equals(schoolNumber());
    }

    /** Whether this pupil and another could attend one school at all (a common candidate school). */
    public boolean couldShareSchoolWith(PupilPlacement other) {
        for (String school : candidateSchools) {
            if (other.candidateSchools.contains(school)) {
                return true;
            }
        }
        return false;
    }

    public boolean attendsSameSchoolAs(PupilPlacement other) {
        return quota != null && other.quota != null && quota.getSchool() == other.quota.getSchool();
    }

    @Override
    public String toString() {
        return caseNumber + "->" + quota;
    }

    /** Pupils with few choices are placed first by the construction heuristic. */
    public static final class FewerCandidatesFirst implements Comparator<PupilPlacement> {
        @Override
        public int compare(PupilPlacement a, PupilPlacement b) {
            // "decreasing difficulty" starts with the largest: fewer candidates must compare larger
            return Comparator.comparingInt((PupilPlacement p) -> -p.candidates.size())
                    .thenComparing(PupilPlacement::getCaseNumber, Comparator.reverseOrder())
                    .compare(a, b);
        }
    }
}
