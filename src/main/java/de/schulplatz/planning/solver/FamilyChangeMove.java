package de.schulplatz.planning.solver;

import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolQuota;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Moves several siblings at once, each to a quota of its own (so the quotas may differ, e.g. another
 * grade range of the same school). A single change move cannot bring siblings together when each one's
 * nearest school differs: the first sibling to move only adds travel while the pair is still apart, so
 * the score gets worse before it gets better and local search refuses the step.
 */
final class FamilyChangeMove extends AbstractMove<PlacementPlan> {

    static final String VARIABLE = "quota";

    private final String familyId;
    private final List<PupilPlacement> members;
    /** Aligned with {@link #members}; may contain null (the undo move of an unassigned member). */
    private final List<SchoolQuota> toQuotas;

    FamilyChangeMove(String familyId, List<PupilPlacement> members, List<SchoolQuota> toQuotas) {
        if (members.size() != toQuotas.size()) {
            throw new IllegalArgumentException("one target quota per member expected: " + members + " " + toQuotas);
        }
        this.familyId = familyId;
        this.members = List.copyOf(members);
        // Not List.copyOf: undo moves carry null for members that were unassigned.
        this.toQuotas = Collections.unmodifiableList(new ArrayList<>(toQuotas));
    }

    /**
     * The non-pinned members of a family to one school: a member already there keeps its quota (it holds
     * a place there already), the others take their first candidate quota of that school.
     *
     * @throws IllegalArgumentException if a non-pinned member has no candidate quota at that school
     */
    static FamilyChangeMove toSchool(String familyId, List<PupilPlacement> family, String schoolNumber) {
        List<PupilPlacement> movable = new ArrayList<>();
        List<SchoolQuota> targets = new ArrayList<>();
        for (PupilPlacement member : family) {
            if (member.isPinned()) {
                continue;
            }
            movable.add(member);
            targets.add(quotaAt(member, schoolNumber));
        }
        return new FamilyChangeMove(familyId, movable, targets);
    }

    private static SchoolQuota quotaAt(PupilPlacement member, String schoolNumber) {
        if (member.getQuota() != null && member.getQuota().getSchoolNumber().equals(schoolNumber)) {
            return member.getQuota();
        }
        for (SchoolQuota candidate : member.getCandidates()) {
            if (candidate.getSchoolNumber().equals(schoolNumber)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(schoolNumber + " is no candidate school of " + member.getCaseNumber());
    }

    String getFamilyId() {
        return familyId;
    }

    List<PupilPlacement> getMembers() {
        return members;
    }

    List<SchoolQuota> getToQuotas() {
        return toQuotas;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<PlacementPlan> scoreDirector) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).getQuota() != toQuotas.get(i)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected FamilyChangeMove createUndoMove(ScoreDirector<PlacementPlan> scoreDirector) {
        // Called by AbstractMove before the change, so the members still hold their old quotas.
        List<SchoolQuota> previous = new ArrayList<>(members.size());
        for (PupilPlacement member : members) {
            previous.add(member.getQuota());
        }
        return new FamilyChangeMove(familyId, members, previous);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<PlacementPlan> scoreDirector) {
        for (int i = 0; i < members.size(); i++) {
            PupilPlacement member = members.get(i);
            SchoolQuota target = toQuotas.get(i);
            // Unchanged members are not reported: Bavet would retract and re-insert them for nothing.
            if (member.getQuota() != target) {
                scoreDirector.beforeVariableChanged(member, VARIABLE);
                member.setQuota(target);
                scoreDirector.afterVariableChanged(member, VARIABLE);
            }
        }
    }

    @Override
    public FamilyChangeMove rebase(ScoreDirector<PlacementPlan> destinationScoreDirector) {
        List<PupilPlacement> rebasedMembers = rebaseList(members, destinationScoreDirector);
        List<SchoolQuota> rebasedQuotas = new ArrayList<>(toQuotas.size());
        for (int i = 0; i < toQuotas.size(); i++) {
            rebasedQuotas.add(rebaseQuota(rebasedMembers.get(i), toQuotas.get(i)));
        }
        return new FamilyChangeMove(familyId, rebasedMembers, rebasedQuotas);
    }

    /**
     * The rebased member's own candidate list holds the destination's quota instances; quota ids are
     * unique, so the matching one is found there without a working-object lookup.
     */
    private static SchoolQuota rebaseQuota(PupilPlacement rebasedMember, SchoolQuota quota) {
        if (quota == null) {
            return null;
        }
        for (SchoolQuota candidate : rebasedMember.getCandidates()) {
            if (candidate == quota || candidate.getId() == quota.getId()) {
                return candidate;
            }
        }
        throw new IllegalStateException(quota + " is no candidate of " + rebasedMember.getCaseNumber());
    }

    @Override
    public Collection<PupilPlacement> getPlanningEntities() {
        return members;
    }

    @Override
    public Collection<SchoolQuota> getPlanningValues() {
        return toQuotas;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        // Identity equality of entities and quotas suffices: moves are only compared within one working solution.
        return other instanceof FamilyChangeMove move
                && members.equals(move.members)
                && toQuotas.equals(move.toQuotas);
    }

    @Override
    public int hashCode() {
        return Objects.hash(members, toQuotas);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("family ").append(familyId).append(" {");
        for (int i = 0; i < members.size(); i++) {
            PupilPlacement member = members.get(i);
            text.append(i == 0 ? "" : ", ").append(member.getCaseNumber()).append(": ")
                    .append(member.getQuota()).append(" -> ").append(toQuotas.get(i));
        }
        return text.append('}').toString();
    }
}
