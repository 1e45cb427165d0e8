package de.schulplatz.overrides;

import de.schulplatz.requests.RequestRefusedException;
import de.schulplatz.audit.AuditLog;
import de.schulplatz.overrides.Override;
import de.schulplatz.overrides.OverrideAction;
import de.schulplatz.overrides.OverrideRejectedException;
import de.schulplatz.overrides.OverrideService;
import de.schulplatz.schoolsystem.GroupKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Locale;

/**
 * Overrides proposed by the counselling: stored as asked, checked only when an administrator accepts one
 * (then through {@link OverrideService} like every override, the administrator as its author and the
 * proposer named in the reason). Every step is audited.
 */
@Service
@ConditionalOnWebApplication
public class OverrideProposals {

    public enum Status {
        OFFEN, ANGENOMMEN, ABGELEHNT
    }

    /** A proposal; action and group kind as their enum names, as in the override table. */
    public record Proposal(long id, OverrideAction action, String caseNumber, String schoolNumber, GroupKind groupKind,
            Integer gradeFrom, Integer gradeTo, Integer freePlaces, LocalDate effectiveFrom, Long releaseId,
            String reason, String proposedBy, OffsetDateTime proposedAt, Status status, String decidedBy,
            OffsetDateTime decidedAt, String decisionNote, Long overrideId) {

        OverrideBody body() {
            return new OverrideBody(action.command(), caseNumber, schoolNumber,
                    groupKind == null ? null : groupKind.label(), gradeFrom, gradeTo, freePlaces, effectiveFrom,
                    releaseId, reason);
        }

        /** For the audit log: no personal data, only numbers. */
        String describe() {
            return "Vorschlag Nr. " + id + " (" + body().describe() + ")";
        }
    }

    private final JdbcClient client;
    private final OverrideService overrides;
    private final AuditLog audit;

    OverrideProposals(JdbcClient client, OverrideService overrides, AuditLog audit) {
        this.client = client;
        this.overrides = overrides;
        this.audit = audit;
    }

    @Transactional
    public Proposal propose(OverrideBody body, String proposedBy) {
        try {
            OverrideAction action = body.parsedAction();
            GroupKind groupKind = body.parsedGroupKind();
            if (body.reason() == null || body.reason().isBlank()) {
                throw RequestRefusedException.invalid("Ein Grund ist anzugeben");
            }
            try {
                // answered at once: the checks of the override it would become (checked again on acceptance)
                overrides.check(body.toRequest(body.reason().strip(), proposedBy));
            } catch (OverrideRejectedException e) {
                throw RequestRefusedException.invalid(e.getMessage());
            }
            long id = client.sql("""
                    INSERT INTO override_proposal (action, case_number, school_number, group_kind, grade_from, grade_to,
                        free_places, effective_from, release_id, reason, proposed_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                    """).params(action.name(), trimmed(body.caseNumber()), trimmed(body.schoolNumber()),
                            groupKind == null ? null : groupKind.name(), body.gradeFrom(), body.gradeTo(),
                            body.freePlaces(), body.effectiveFrom(), body.releaseId(), body.reason().strip(), proposedBy)
                    .query(Long.class).single();
            Proposal proposal = find(id).orElseThrow();
            audit.record(proposedBy, "Korrektur vorgeschlagen", proposal.describe(), "offen");
            return proposal;
        } catch (RequestRefusedException e) {
            audit.record(proposedBy, "Korrektur vorgeschlagen", body.describe(), "abgelehnt: " + e.getMessage());
            throw e;
        }
    }

    /** A proposal about one pupil (pin, exclude, withdraw, confirm), as the workspace makes it. */
    public Proposal proposeForPupil(OverrideAction action, String caseNumber, String schoolNumber, String reason,
            String proposedBy) {
        return propose(new OverrideBody(action.command(), caseNumber, schoolNumber, null, null, null, null, null, null,
                reason), proposedBy);
    }

    /** The open proposals about one pupil, newest first. */
    public List<Proposal> openOfPupil(String caseNumber) {
        return client.sql("SELECT * FROM override_proposal WHERE status = ? AND case_number = ? ORDER BY id DESC")
                .params(Status.OFFEN.name(), caseNumber).query(OverrideProposals::map).list();
    }

    /** All proposals of a status (null: all), newest first; for a proposer only its own. */
    public List<Proposal> list(Status status, String onlyBy) {
        return client.sql("""
                SELECT * FROM override_proposal
                WHERE (CAST(:status AS TEXT) IS NULL OR status = :status)
                  AND (CAST(:by AS TEXT) IS NULL OR proposed_by = :by)
                ORDER BY id DESC
                """).param("status", status == null ? null : status.name()).param("by", onlyBy)
                .query(OverrideProposals::map).list();
    }

    public Optional<Proposal> find(long id) {
        return client.sql("SELECT * FROM override_proposal WHERE id = ?").param(id).query(OverrideProposals::map)
                .optional();
    }

    /**
     * Applies the proposal as an override of the administrator. A rejection by the checks leaves the proposal
     * open (the administrator may correct the data or reject it) and rolls back nothing else.
     */
    @Transactional
    public Proposal accept(long id, String admin, String note) {
        Proposal proposal = openForDecision(id, admin, "Vorschlag angenommen");
        String reason = proposal.reason() + " (Vorschlag Nr. " + id + " von " + proposal.proposedBy() + ")";
        Override stored;
        try {
            stored = overrides.apply(proposal.body().toRequest(reason, admin));
        } catch (OverrideRejectedException | RequestRefusedException e) {
            audit.record(admin, "Vorschlag angenommen", proposal.describe(), "abgelehnt: " + e.getMessage());
            throw e;
        }
        decide(id, Status.ANGENOMMEN, admin, note, stored.id());
        audit.record(admin, "Vorschlag angenommen", proposal.describe() + " → Korrektur Nr. " + stored.id(), "ok");
        audit.record(admin, "Korrektur angelegt", stored.describe(), "ok");
        return find(id).orElseThrow();
    }

    @Transactional
    public Proposal reject(long id, String admin, String note) {
        Proposal proposal = openForDecision(id, admin, "Vorschlag abgelehnt");
        decide(id, Status.ABGELEHNT, admin, note, null);
        audit.record(admin, "Vorschlag abgelehnt", proposal.describe(), "ok");
        return find(id).orElseThrow();
    }

    /** Locks the row, so that two administrators cannot decide the same proposal twice. */
    private Proposal openForDecision(long id, String admin, String action) {
        Proposal proposal = client.sql("SELECT * FROM override_proposal WHERE id = ? FOR UPDATE").param(id)
                .query(OverrideProposals::map).optional()
                .orElseThrow(() -> RequestRefusedException.notFound("Vorschlag Nr. " + id + " gibt es nicht"));
        if (proposal.status() != Status.OFFEN) {
            audit.record(admin, action, proposal.describe(), "abgelehnt: bereits entschieden");
            throw RequestRefusedException.conflict("Vorschlag Nr. " + id + " ist bereits entschieden ("
                    + proposal.status().name().toLowerCase(Locale.ROOT) + " von " + proposal.decidedBy() + ")");
        }
        return proposal;
    }

    private void decide(long id, Status status, String admin, String note, Long overrideId) {
        client.sql("""
                UPDATE override_proposal SET status = ?, decided_by = ?, decided_at = now(), decision_note = ?,
                    override_id = ?
                WHERE id = ?
                """).params(status.name(), admin, trimmed(note), overrideId, id).update();
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Proposal map(ResultSet rs, int row) throws SQLException {
        return new Proposal(rs.getLong("id"), OverrideAction.valueOf(rs.getString("action")),
                rs.getString("case_number"), rs.getString("school_number"),
                rs.getString("group_kind") == null ? null : GroupKind.valueOf(rs.getString("group_kind")),
                rs.getObject("grade_from", Integer.class), rs.getObject("grade_to", Integer.class),
                rs.getObject("free_places", Integer.class), rs.getObject("effective_from", LocalDate.class),
                rs.getObject("release_id", Long.class), rs.getString("reason"), rs.getString("proposed_by"),
                rs.getObject("proposed_at", OffsetDateTime.class), Status.valueOf(rs.getString("status")),
                rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("decision_note"), rs.getObject("override_id", Long.class));
    }
}
