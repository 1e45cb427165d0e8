package de.schulplatz.overrides;

import de.schulplatz.schoolsystem.GroupKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One manual correction with who, when and why. Only the fields its action needs are set.
 *
 * @param effectiveFrom for a change of free places: the first planning date it holds for; null = at once,
 *                   for every following run whatever its planning date
 * @param targetId   for a release: the override it ended
 * @param source     where it came from: "Kommandozeile", "Korrekturen <file>", "API"
 * @param releasedAt null while the override is in force
 */
public record Override(long id, OverrideAction action, String caseNumber, String schoolNumber, GroupKind groupKind,
        Integer gradeFrom, Integer gradeTo, Integer freePlaces, LocalDate effectiveFrom, Long targetId, String reason,
        String createdBy, OffsetDateTime createdAt, String source, OffsetDateTime releasedAt, String releasedBy,
        String releaseReason) {

    public boolean isActive() {
        return releasedAt == null;
    }

    /** One line for lists and history, without personal data. */
    public String describe() {
        StringBuilder text = new StringBuilder("Nr. ").append(id).append(' ').append(action.label());
        if (targetId != null) {
            text.append(" Nr. ").append(targetId);
        }
        if (caseNumber != null) {
            text.append(", Fall ").append(caseNumber);
        }
        if (schoolNumber != null) {
            text.append(", Schule ").append(schoolNumber);
        }
        if (action == OverrideAction.PLAETZE_AENDERN) {
            text.append(", Jahrgang ").append(gradeFrom).append('-').append(gradeTo).append(' ')
                    .append(groupKind.label()).append(": ").append(freePlaces).append(" Plätze ")
                    .append(effectiveFrom == null ? "ab sofort" : "ab " + effectiveFrom);
        }
        return text.toString();
    }
}
