package de.schulplatz.planning;

import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schoolsystem.GroupKind;
import java.util.List;

/**
 * The outcome for one pupil in one run.
 *
 * @param schoolNumber   null when unassigned
 * @param groupKind      the kind of group the place is in; null when unassigned
 * @param distanceMetres null when unassigned
 * @param reason         German explanation (Begründung) shown to the authority
 * @param authorities    the school authorities whose lists show this pupil: the school's for a placed
 *                       pupil, for an unassigned one those responsible for the eligible school forms
 * @param quotaGradeFrom first grade of the quota the pupil takes (with school and group kind its key); null
 *                       when unassigned, and for plans stored before quotas were kept
 */
public record PlannedPlacement(String caseNumber, String schoolNumber, GroupKind groupKind, int grade,
        Integer distanceMetres, PlacementStatus status, String reason, List<String> authorities,
        Integer quotaGradeFrom) {

    public PlannedPlacement {
        authorities = List.copyOf(authorities);
    }

    /** An outcome without a place (unassigned, withdrawn): no quota. */
    public PlannedPlacement(String caseNumber, String schoolNumber, GroupKind groupKind, int grade,
            Integer distanceMetres, PlacementStatus status, String reason, List<String> authorities) {
        this(caseNumber, schoolNumber, groupKind, grade, distanceMetres, status, reason, authorities, null);
    }

    /** Whether the pupil takes a place of this quota of the run's plan. */
    public boolean takes(PlaceQuota quota) {
        if (schoolNumber == null || !schoolNumber.equals(quota.schoolNumber()) || groupKind != quota.groupKind()) {
            return false;
        }
        return quotaGradeFrom == null ? quota.covers(grade) : quotaGradeFrom == quota.gradeFrom();
    }

    public boolean isPlaced() {
        return schoolNumber != null;
    }
}
