package de.schulplatz.overrides;

import de.schulplatz.schoolsystem.GroupKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every override ever made; releasing one keeps it, with who, when and why. */
@Repository
public class OverrideRepository {

    private final JdbcClient client;

    OverrideRepository(JdbcClient client) {
        this.client = client;
    }

    long insert(OverrideRequest request, String schoolNumber) {
        return client.sql("""
                INSERT INTO override_entry (action, case_number, school_number, group_kind, grade_from, grade_to,
                    free_places, effective_from, reason, created_by, source, source_ref, target_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """)
                .params(request.action().name(), request.caseNumber(), schoolNumber,
                        request.groupKind() == null ? null : request.groupKind().name(), request.gradeFrom(),
                        request.gradeTo(), request.freePlaces(), request.effectiveFrom(), request.reason(),
                        request.requestedBy(), request.source(), request.sourceRef(), request.releaseId())
                .query(Long.class).single();
    }

    void release(long id, String by, String reason) {
        client.sql("UPDATE override_entry SET released_at = now(), released_by = ?, release_reason = ? WHERE id = ?")
                .params(by, reason, id).update();
    }

    boolean sourceRefExists(String sourceRef) {
        return client.sql("SELECT count(*) FROM override_entry WHERE source_ref = ?").param(sourceRef)
                .query(Integer.class).single() > 0;
    }

    public Optional<Override> find(long id) {
        return client.sql("SELECT * FROM override_entry WHERE id = ?").param(id).query(OverrideRepository::map)
                .optional();
    }

    /** Overrides in force, oldest first. */
    public List<Override> active() {
        return client.sql("SELECT * FROM override_entry WHERE released_at IS NULL ORDER BY id")
                .query(OverrideRepository::map).list();
    }

    public List<Override> all() {
        return client.sql("SELECT * FROM override_entry ORDER BY id").query(OverrideRepository::map).list();
    }

    public List<Override> ofPupil(String caseNumber) {
        return client.sql("SELECT * FROM override_entry WHERE case_number = ? ORDER BY id").param(caseNumber)
                .query(OverrideRepository::map).list();
    }

    private static Override map(ResultSet rs, int row) throws SQLException {
        return new Override(rs.getLong("id"), OverrideAction.valueOf(rs.getString("action")),
                rs.getString("case_number"), rs.getString("school_number"),
                rs.getString("group_kind") == null ? null : GroupKind.valueOf(rs.getString("group_kind")),
                rs.getObject("grade_from", Integer.class), rs.getObject("grade_to", Integer.class),
                rs.getObject("free_places", Integer.class), rs.getObject("effective_from", LocalDate.class),
                rs.getObject("target_id", Long.class),
                rs.getString("reason"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("source"), rs.getObject("released_at", OffsetDateTime.class), rs.getString("released_by"),
                rs.getString("release_reason"));
    }
}
