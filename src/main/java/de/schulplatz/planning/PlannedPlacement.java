package de.schulplatz.planning;

import de.schulplatz.routing.DistanceMeasure;
import de.schulplatz.routing.TransitCheck;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schoolsystem.GermanDates;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.TravelCosts;
import java.time.LocalDate;
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
 * @param startDate      from when the pupil can attend: the planning date, the group's next intake day, or (status
 *                       {@link PlacementStatus#PLATZ_AB}) the day the reserved place is free; null when unassigned
 *                       and for plans stored before dated places
 */
public record PlannedPlacement(String caseNumber, String schoolNumber, GroupKind groupKind, int grade,
        Integer distanceMetres, PlacementStatus status, String reason, List<String> authorities,
        Integer quotaGradeFrom, DistanceMeasure measure, Integer straightMetres, TransitCheck.Verdict transit,
        LocalDate startDate) {

    /** A placement without a start date (stored before dated places). */
    public PlannedPlacement(String caseNumber, String schoolNumber, GroupKind groupKind, int grade,
            Integer distanceMetres, PlacementStatus status, String reason, List<String> authorities,
            Integer quotaGradeFrom, DistanceMeasure measure, Integer straightMetres, TransitCheck.Verdict transit) {
        this(caseNumber, schoolNumber, groupKind, grade, distanceMetres, status, reason, authorities, quotaGradeFrom,
                measure, straightMetres, transit, null);
    }

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
                authorities, quotaGradeFrom, measure, straightMetres, verdict, startDate);
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

    /** The same placement starting on this day. */
    public PlannedPlacement startingOn(LocalDate day) {
        return new PlannedPlacement(caseNumber, schoolNumber, groupKind, grade, distanceMetres, status, reason,
                authorities, quotaGradeFrom, measure, straightMetres, transit, day);
    }

    /** Whether the pupil takes a place of this quota of the run's plan (a place reserved for later takes none). */
    public boolean takes(PlaceQuota quota) {
        if (status == PlacementStatus.PLATZ_AB || schoolNumber == null || !schoolNumber.equals(quota.schoolNumber()) || groupKind != quota.groupKind()) {
            return false;
        }
        return quotaGradeFrom == null ? quota.covers(grade) : quotaGradeFrom == quota.gradeFrom();
    }

    /** Has a school now (a reserved place for later is not one: {@link #reservedForLater()}). */
    public boolean isPlaced() {
        return schoolNumber != null && status != PlacementStatus.PLATZ_AB;
    }

    /** No place now, but one reserved at {@code schoolNumber} from {@code startDate}. */
    public boolean reservedForLater() {
        return status == PlacementStatus.PLATZ_AB;
    }

    /** Starts after the planning date: a later intake day or a place free later. */
    public boolean startsAfter(LocalDate planningDate) {
        return startDate != null && startDate.isAfter(planningDate);
    }

    /** The status as the lists write it: "Platz ab 01.03.2027" for a reserved place. */
    public String statusText() {
        return status == PlacementStatus.PLATZ_AB && startDate != null
                ? status.label() + " " + GermanDates.format(startDate) : status.label();
    }

    /** Whether travel costs are reimbursed: the way (as measured) is beyond the grade's threshold. */
    public boolean reimbursed() {
        return distanceMetres != null && distanceMetres > TravelCosts.reimbursementThresholdMetres(grade);
    }
}
