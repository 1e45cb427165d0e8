package de.schulplatz.planning;

import de.schulplatz.schoolsystem.GroupKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import java.util.regex.Pattern;

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

    /** The last run before the given one whose plan was published (its outputs written), if any. */
    public Optional<Long> lastPublishedRunBefore(long runId) {
        return client.sql("""
                SELECT id FROM planning_run WHERE published_at IS NOT NULL AND id <> ?
                ORDER BY published_at DESC, id DESC LIMIT 1
                """).param(runId).query(Long.class).optional();
    }

    /** School of every placed pupil in the last published plan before this run: where re-planning starts. */
    Map<String, String> publishedSchools(long runId) {
        Map<String, String> result = new HashMap<>();
        lastPublishedRunBefore(runId).ifPresent(published -> findByRun(published).stream()
                .filter(PlannedPlacement::isPlaced)
                .forEach(p -> result.put(p.caseNumber(), p.schoolNumber())));
        return result;
    }

    /** Every version of a pupil's placement, oldest run first, with the run's date and number. */
    public List<PlacementVersion> history(String caseNumber) {
        return client.sql("""
                SELECT r.id, r.planning_date, r.run_number, r.started_at, r.published_at, p.school_number, s.name,
                       p.status, p.reason, p.distance_metres
                FROM placement p JOIN planning_run r ON r.id = p.run_id
                LEFT JOIN school s ON s.school_number = p.school_number
                WHERE p.case_number = ? ORDER BY r.started_at, r.id
                """).param(caseNumber)
                .query((rs, n) -> new PlacementVersion(rs.getLong("id"), rs.getObject("planning_date", LocalDate.class),
                        rs.getInt("run_number"), rs.getObject("started_at", OffsetDateTime.class),
                        rs.getObject("published_at", OffsetDateTime.class), rs.getString("school_number"),
                        rs.getString("name"), PlacementStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                        rs.getObject("distance_metres", Integer.class)))
                .list();
    }

    /** One version of a pupil's placement: the plan of one run. */
    public record PlacementVersion(long runId, LocalDate planningDate, int runNumber, OffsetDateTime startedAt,
            OffsetDateTime publishedAt, String schoolNumber, String schoolName, PlacementStatus status, String reason,
            Integer distanceMetres) {
    }

    public List<PlannedPlacement> findByRun(long runId) {
        return client.sql("SELECT * FROM placement WHERE run_id = ? ORDER BY case_number").param(runId)
                .query((rs, n) -> new PlannedPlacement(rs.getString("case_number"), rs.getString("school_number"),
                        rs.getString("group_kind") == null ? null : GroupKind.valueOf(rs.getString("group_kind")),
                        rs.getInt("grade"), rs.getObject("distance_metres", Integer.class),
                        PlacementStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                        List.of(rs.getString("authorities").split(Pattern.quote(AUTHORITY_SEPARATOR)))))
                .list();
    }
}
