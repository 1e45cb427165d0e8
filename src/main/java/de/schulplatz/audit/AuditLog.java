package de.schulplatz.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who saw or changed what, kept in the database: runs started, overrides, downloads, reads of lists and
 * pupils, denied access. Targets name runs, schools and case numbers, never names of children.
 */
@Component
public class AuditLog {

    public record Event(long id, OffsetDateTime at, String username, String action, String target, String outcome) {
    }

    private final JdbcClient client;
    private final TransactionTemplate ownTransaction;

    AuditLog(JdbcClient client, PlatformTransactionManager transactions) {
        this.client = client;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Written in its own transaction, so a refused or failed action is recorded too. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, String action, String target, String outcome) {
        insert(username, action, target, outcome);
    }

    private void insert(String username, String action, String target, String outcome) {
        client.sql("INSERT INTO audit_event (username, action, target, outcome) VALUES (?, ?, ?, ?)")
                .params(username == null ? "unbekannt" : username, action, target, outcome).update();
    }

    /**
     * As {@link #record}, but only once the transaction in progress commits (at once without one): a decision
     * recorded inside an import is audited as done only if the import keeps it.
     */
    public void recordAfterCommit(String username, String action, String target, String outcome) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            record(username, action, target, outcome);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @java.lang.Override
            public void afterCommit() {
                // The committed transaction's connection is still bound here: only a new one writes.
                ownTransaction.executeWithoutResult(status -> insert(username, action, target, outcome));
            }
        });
    }

    public List<Event> recent(int limit) {
        return client.sql("SELECT * FROM audit_event ORDER BY id DESC LIMIT ?").param(limit)
                .query((rs, n) -> new Event(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class),
                        rs.getString("username"), rs.getString("action"), rs.getString("target"), rs.getString("outcome")))
                .list();
    }
}
