package de.schulplatz.api;

import de.schulplatz.overrides.Override;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** JSON shapes of overrides and proposals. */
final class OverrideViews {

    private OverrideViews() {
    }

    /**
     * An override as stored. {@code action} is the command word (pin, exclude, ...), {@code actionText} the
     * German label; {@code releases} the number of the override a release ended.
     */
    record OverrideView(long id, String action, String actionText, String caseNumber, String schoolNumber,
            String groupKind, Integer gradeFrom, Integer gradeTo, Integer freePlaces, LocalDate effectiveFrom,
            Long releases, String reason, String createdBy, OffsetDateTime createdAt, String source, boolean active,
            OffsetDateTime releasedAt, String releasedBy, String releaseReason, String description) {

        static OverrideView of(Override o) {
            return new OverrideView(o.id(), o.action().command(), o.action().label(), o.caseNumber(), o.schoolNumber(),
                    o.groupKind() == null ? null : o.groupKind().label(), o.gradeFrom(), o.gradeTo(), o.freePlaces(),
                    o.effectiveFrom(), o.targetId(), o.reason(), o.createdBy(), o.createdAt(), o.source(), o.isActive(),
                    o.releasedAt(), o.releasedBy(), o.releaseReason(), o.describe());
        }
    }
}
