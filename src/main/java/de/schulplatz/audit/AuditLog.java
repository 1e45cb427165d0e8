package de.schulplatz.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who saw or changed what, kept in the database: runs started, overrides, downloads, reads of lists and
 * pupils, denied access. Targets name runs, schools and case numbers, never names of children.
 */
@Component
public class AuditLog {

    public record Event(long id, OffsetDateTime at, String username, String action, String target, String outcome) {
    }

    private final JdbcClient client;

    AuditLog(JdbcClient client) {
        this.client = client;
    }

    /** Written in its own transaction, so a refused or failed action is recorded too. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, String action, String target, String outcome) {
        client.sql("INSERT INTO audit_event (username, action, target, outcome) VALUES (?, ?, ?, ?)")
                .params(username == null ? "unbekannt" : username, action, target, outcome).update();
    }

    public List<Event> recent(int limit) {
        return client.sql("SELECT * FROM audit_event ORDER BY id DESC LIMIT ?").param(limit)
                .query((rs, n) -> new Event(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class),
                        rs.getString("username"), rs.getString("action"), rs.getString("target"), rs.getString("outcome")))
                .list();
    }
}
