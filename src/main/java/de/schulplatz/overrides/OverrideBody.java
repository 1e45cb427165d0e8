package de.schulplatz.overrides;

import de.schulplatz.requests.RequestRefusedException;
import de.schulplatz.overrides.OverrideAction;
import de.schulplatz.overrides.OverrideRequest;
import de.schulplatz.schoolsystem.GroupKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An override as sent to the API (also the body of a proposal). Only the fields its action needs are set.
 *
 * @param action     pin, exclude, withdraw, assign, confirm, places or release (the German labels work too)
 * @param groupKind  for places: Deutschförderung, Alphabetisierung or IFK
 * @param releaseId  for release: the number of the override to end
 */
public record OverrideBody(String action, String caseNumber, String schoolNumber, String groupKind, Integer gradeFrom,
        Integer gradeTo, Integer freePlaces, LocalDate effectiveFrom, Long releaseId, String reason) {

    static final String SOURCE = "API";

    OverrideAction parsedAction() {
        if (action == null || action.isBlank()) {
            throw RequestRefusedException.invalid("Angabe „action“ fehlt; möglich: " + commands());
        }
        return OverrideAction.parse(action).orElseThrow(() ->
                RequestRefusedException.invalid("Unbekannte Aktion „" + action + "“; möglich: " + commands()));
    }

    GroupKind parsedGroupKind() {
        if (groupKind == null || groupKind.isBlank()) {
            return null;
        }
        return GroupKind.parse(groupKind).orElseThrow(() -> RequestRefusedException.invalid("Unbekannte Gruppenart „"
                + groupKind + "“; möglich: " + Arrays.stream(GroupKind.values()).map(GroupKind::label)
                        .collect(Collectors.joining(", "))));
    }

    public OverrideRequest toRequest(String reasonText, String requestedBy) {
        return new OverrideRequest(parsedAction(), blankToNull(caseNumber), blankToNull(schoolNumber),
                parsedGroupKind(), gradeFrom, gradeTo, freePlaces, effectiveFrom, releaseId, reasonText, requestedBy,
                SOURCE, null);
    }

    /** For the audit log when the override was not stored: what was asked, without personal data. */
    public String describe() {
        StringBuilder text = new StringBuilder(action == null ? "?" : action);
        if (releaseId != null) {
            text.append(" Nr. ").append(releaseId);
        }
        if (caseNumber != null) {
            text.append(", Fall ").append(caseNumber);
        }
        if (schoolNumber != null) {
            text.append(", Schule ").append(schoolNumber);
        }
        return text.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String commands() {
        return Arrays.stream(OverrideAction.values()).map(OverrideAction::command).collect(Collectors.joining(", "));
    }
}
