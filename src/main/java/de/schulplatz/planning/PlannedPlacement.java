package de.schulplatz.planning;

import de.schulplatz.routing.DistanceMeasure;
import de.schulplatz.routing.TransitCheck;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.TravelCosts;
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
 * @param measure        how {@code distanceMetres} was measured (the walking route, or the straight line)
 * @param straightMetres the straight line to the school; equal to {@code distanceMetres} when that is the
 *                       straight line; null when unassigned
 * @param transit        the public-transport check of the school (pupils beyond the walking threshold, with a
 *                       timetable configured); null when not checked
 */
public record PlannedPlacement(String caseNumber, String schoolNumber, GroupKind groupKind, int grade,
        Integer distanceMetres, PlacementStatus status, String reason, List<String> authorities,
        Integer quotaGradeFrom, DistanceMeasure measure, Integer straightMetres, TransitCheck.Verdict transit) {

    /** A placement without the public-transport check. */
    public PlannedPlacement(String caseNumber, String schoolNumber, GroupKind groupKind, int grade,
            Integer distanceMetres, PlacementStatus status, String reason, List<String> authorities,
            Integer quotaGradeFrom, DistanceMeasure measure, Integer straightMetres) {
        this(caseNumber, schoolNumber, groupKind, grade, distanceMetres, status, reason, authorities, quotaGradeFrom,
                measure, straightMetres, null);
    }

    /** The same placement with the check's verdict; a school not reachable says so in the reason too. */
    public PlannedPlacement withTransit(TransitCheck.Verdict verdict) {
        String withVerdict = verdict.reachable() ? reason : reason + "; ÖPNV " + verdict.text();
        return new PlannedPlacement(caseNumber, schoolNumber, groupKind, grade, distanceMetres, status, withVerdict,
                authorities, quotaGradeFrom, measure, straightMetres, verdict);
    }

    /** True when the check found the school not reachable by public transport. */
    public boolean unreachableByTransit() {
        return transit != null && !transit.reachable();
    }

    public PlannedPlacement {
        authorities = List.copyOf(authorities);
        if (measure == null) {
            measure = DistanceMeasure.LUFTLINIE;
        }
        if (straightMetres == null && measure == DistanceMeasure.LUFTLINIE) {
            straightMetres = distanceMetres;
        }
    }

    /** A placement measured as the straight line. */
    public PlannedPlacement(String caseNumber, String schoolNumber, GroupKind groupKind, int grade,
            Integer distanceMetres, PlacementStatus status, String reason, List<String> authorities,
            Integer quotaGradeFrom) {
        this(caseNumber, schoolNumber, groupKind, grade, distanceMetres, status, reason, authorities, quotaGradeFrom,
                DistanceMeasure.LUFTLINIE, distanceMetres);
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

    /** Whether travel costs are reimbursed: the way (as measured) is beyond the grade's threshold. */
    public boolean reimbursed() {
        return distanceMetres != null && distanceMetres > TravelCosts.reimbursementThresholdMetres(grade);
    }
}
