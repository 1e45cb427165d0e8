package de.schulplatz.overrides;

import de.schulplatz.schoolsystem.GroupKind;
import java.time.LocalDate;

/**
 * A correction as asked for, before it is checked: from the command line, a Korrekturen row or the API.
 *
 * @param releaseId  for {@link OverrideAction#AUFHEBEN}: the number of the override to end
 * @param sourceRef  identifies a workbook row so that the same row is applied only once; null otherwise
 */
public record OverrideRequest(OverrideAction action, String caseNumber, String schoolNumber, GroupKind groupKind,
        Integer gradeFrom, Integer gradeTo, Integer freePlaces, LocalDate effectiveFrom, Long releaseId, String reason,
        String requestedBy, String source, String sourceRef) {

    public static OverrideRequest forPupil(OverrideAction action, String caseNumber, String schoolNumber, String reason,
            String requestedBy, String source) {
        return new OverrideRequest(action, caseNumber, schoolNumber, null, null, null, null, null, null, reason,
                requestedBy, source, null);
    }

    public static OverrideRequest release(long id, String reason, String requestedBy, String source) {
        return new OverrideRequest(OverrideAction.AUFHEBEN, null, null, null, null, null, null, null, id, reason,
                requestedBy, source, null);
    }
}
