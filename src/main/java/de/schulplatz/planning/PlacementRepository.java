package de.schulplatz.planning;

import de.schulplatz.schoolsystem.GroupKind;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan of every run; earlier runs stay as history. */
@Repository
public class PlacementRepository {

    private static final String AUTHORITY_SEPARATOR = "|";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    PlacementRepository(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    /** Replaces the plan of a run (a restarted solve step writes it again). */
    void replace(long runId, List<PlannedPlacement> placements) {
        client.sql("DELETE FROM placement WHERE run_id = ?").param(runId).update();
        jdbc.batchUpdate("""
                INSERT INTO placement (run_id, case_number, school_number, grade, distance_metres, status, reason,
                    authorities, group_kind)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, placements, 500, (ps, p) -> {
            ps.setLong(1, runId);
            ps.setString(2, p.caseNumber());
            ps.setString(3, p.schoolNumber());
            ps.setInt(4, p.grade());
            ps.setObject(5, p.distanceMetres());
            ps.setString(6, p.status().name());
            ps.setString(7, p.reason());
            ps.setString(8, String.join(AUTHORITY_SEPARATOR, p.authorities()));
            ps.setString(9, p.groupKind() == null ? null : p.groupKind().name());
        });
    }

    public List<PlannedPlacement> findByRun(long runId) {
        return client.sql("SELECT * FROM placement WHERE run_id = ? ORDER BY case_number").param(runId)
                .query((rs, n) -> new PlannedPlacement(rs.getString("case_number"), rs.getString("school_number"),
                        rs.getString("group_kind") == null ? null : GroupKind.valueOf(rs.getString("group_kind")),
                        rs.getInt("grade"), rs.getObject("distance_metres", Integer.class),
                        PlacementStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                        List.of(rs.getString("authorities").split(java.util.regex.Pattern.quote(AUTHORITY_SEPARATOR)))))
                .list();
    }
}
