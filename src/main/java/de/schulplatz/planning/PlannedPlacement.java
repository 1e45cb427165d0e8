package de.schulplatz.planning;

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
 */
public record PlannedPlacement(String caseNumber, String schoolNumber, GroupKind groupKind, int grade,
        Integer distanceMetres, PlacementStatus status, String reason, List<String> authorities) {

    public PlannedPlacement {
        authorities = List.copyOf(authorities);
    }

    public boolean isPlaced() {
        return schoolNumber != null;
    }
}
