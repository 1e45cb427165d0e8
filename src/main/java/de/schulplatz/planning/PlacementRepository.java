package de.schulplatz.planning;

import de.schulplatz.pupils.Pupil;
import de.schulplatz.pupils.PupilRepository;
import de.schulplatz.runs.PlanningRun;
import de.schulplatz.routing.DistanceMeasure;
import de.schulplatz.routing.TransitCheck;
import de.schulplatz.runs.RunRepository;
import de.schulplatz.schools.School;
import de.schulplatz.schools.SchoolRepository;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schools.PlaceQuota;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The plan of every run; earlier runs stay as history. */
@Repository
public class PlacementRepository {

    private static final String AUTHORITY_SEPARATOR = "|";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final RunRepository runs;
    private final SchoolRepository schools;
    private final PupilRepository pupils;

    PlacementRepository(JdbcTemplate jdbc, JdbcClient client, RunRepository runs, SchoolRepository schools,
            PupilRepository pupils) {
        this.pupils = pupils;
        this.jdbc = jdbc;
        this.client = client;
        this.runs = runs;
        this.schools = schools;
    }

    /** Replaces the plan of a run (a restarted solve step writes it again). */
    void replace(long runId, List<PlannedPlacement> placements) {
        client.sql("DELETE FROM placement WHERE run_id = ?").param(runId).update();
        jdbc.batchUpdate("""
                INSERT INTO placement (run_id, case_number, school_number, grade, distance_metres, status, reason,
                    authorities, group_kind, quota_grade_from, distance_measure, straight_metres, transit_reachable,
                    transit_text, start_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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
            ps.setObject(10, p.quotaGradeFrom(), Types.SMALLINT);
            ps.setString(11, p.measure().name());
            ps.setObject(12, p.straightMetres(), Types.INTEGER);
            ps.setObject(13, p.transit() == null ? null : p.transit().reachable(), Types.BOOLEAN);
            ps.setString(14, p.transit() == null ? null : p.transit().text());
            ps.setObject(15, p.startDate(), Types.DATE);
        });
    }

    /** School of every placed pupil in the last published plan before this run: where re-planning starts. */
    Map<String, String> publishedSchools(long runId) {
        Map<String, String> result = new HashMap<>();
        runs.lastPublishedRunBefore(runId).ifPresent(published -> findByRun(published).stream()
                .filter(PlannedPlacement::isPlaced)
                .forEach(p -> result.put(p.caseNumber(), p.schoolNumber())));
        return result;
    }

    /** The run's plan with its pupils, every school and the places planned with. */
    public PlanOfRun planOf(PlanningRun run) {
        Map<String, Pupil> pupilByCase = pupils.findAll().stream()
                .collect(Collectors.toMap(Pupil::caseNumber, Function.identity()));
        Map<String, School> schoolByNumber = schools.findAll().stream()
                .collect(Collectors.toMap(School::schoolNumber, Function.identity()));
        return new PlanOfRun(run, findByRun(run.id()), pupilByCase, schoolByNumber, quotasOf(run.id()));
    }

    /** Replaces the places a run planned with (a restarted solve step writes them again). */
    void replaceQuotas(long runId, List<PlaceQuota> quotas) {
        client.sql("DELETE FROM run_quota WHERE run_id = ?").param(runId).update();
        jdbc.batchUpdate("""
                INSERT INTO run_quota (run_id, school_number, group_kind, grade_from, grade_to, free_places)
                VALUES (?, ?, ?, ?, ?, ?)
                """, quotas, 500, (ps, q) -> {
            ps.setLong(1, runId);
            ps.setString(2, q.schoolNumber());
            ps.setString(3, q.groupKind().name());
            ps.setInt(4, q.gradeFrom());
            ps.setInt(5, q.gradeTo());
            ps.setInt(6, q.freePlaces());
        });
    }

    /**
     * The places a run planned with, by school: the reported ones with the changes in force on its planning
     * date. A run planned before these were kept reads the places as reported now.
     */
    public Map<String, List<PlaceQuota>> quotasOf(long runId) {
        List<PlaceQuota> planned = client.sql("""
                SELECT * FROM run_quota WHERE run_id = ? ORDER BY school_number, group_kind, grade_from
                """).param(runId)
                .query((rs, n) -> new PlaceQuota(rs.getString("school_number"), GroupKind.valueOf(rs.getString("group_kind")),
                        rs.getInt("grade_from"), rs.getInt("grade_to"), rs.getInt("free_places")))
                .list();
        if (planned.isEmpty()) {
            return schools.findAllQuotas();
        }
        Map<String, List<PlaceQuota>> bySchool = new LinkedHashMap<>();
        planned.forEach(quota -> bySchool.computeIfAbsent(quota.schoolNumber(), school -> new ArrayList<>()).add(quota));
        return bySchool;
    }

    /** Every version of a pupil's placement, oldest run first, with the run's date and number. */
    public List<PlacementVersion> history(String caseNumber) {
        record Stored(long runId, String schoolNumber, PlacementStatus status, String reason, Integer distanceMetres,
                DistanceMeasure measure) {
        }
        List<Stored> stored = client.sql("""
                SELECT run_id, school_number, status, reason, distance_metres, distance_measure FROM placement
                WHERE case_number = ?
                """).param(caseNumber)
                .query((rs, n) -> new Stored(rs.getLong("run_id"), rs.getString("school_number"),
                        PlacementStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                        rs.getObject("distance_metres", Integer.class),
                        DistanceMeasure.valueOf(rs.getString("distance_measure"))))
                .list();
        Map<Long, PlanningRun> runById = runs.findAll(stored.stream().map(Stored::runId).toList());
        Map<String, String> schoolNames = new HashMap<>();
        return stored.stream().filter(version -> runById.containsKey(version.runId()))
                .sorted(Comparator.comparing((Stored version) -> runById.get(version.runId()).startedAt())
                        .thenComparingLong(Stored::runId))
                .map(version -> {
                    PlanningRun run = runById.get(version.runId());
                    String schoolName = version.schoolNumber() == null ? null : schoolNames.computeIfAbsent(
                            version.schoolNumber(), number -> schools.find(number).map(School::name).orElse(null));
                    return new PlacementVersion(run.id(), run.planningDate(), run.runNumber(), run.startedAt(),
                            run.publishedAt(), version.schoolNumber(), schoolName, version.status(), version.reason(),
                            version.distanceMetres(), version.measure().label());
                }).toList();
    }

    /**
     * The school of the pupil in the newest published plan that has the pupil, if placed there: what a
     * school confirms.
     */
    Optional<String> publishedSchool(String caseNumber) {
        List<Long> published = runs.publishedNewestFirst();
        if (published.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, String> schoolByRun = new HashMap<>();
        client.sql("""
                        SELECT run_id, CASE WHEN status = ? THEN NULL ELSE school_number END AS school_number
                        FROM placement WHERE case_number = ? AND run_id = ANY(?)
                        """)
                .params(PlacementStatus.PLATZ_AB.name(), caseNumber, published.toArray(Long[]::new))
                .query(rs -> {
                    schoolByRun.put(rs.getLong("run_id"), rs.getString("school_number"));
                });
        return published.stream().filter(schoolByRun::containsKey).findFirst().map(schoolByRun::get);
    }

    /** Pupils placed or withdrawn in any of the runs: their cases are settled (for retention). */
    public List<String> settledCaseNumbers(List<Long> runIds) {
        if (runIds.isEmpty()) {
            return List.of();
        }
        return client.sql("""
                SELECT DISTINCT case_number FROM placement
                WHERE run_id = ANY(:ids) AND ((school_number IS NOT NULL AND status <> :later) OR status = :withdrawn)
                """).param("ids", runIds.toArray(Long[]::new))
                .param("later", PlacementStatus.PLATZ_AB.name())
                .param("withdrawn", PlacementStatus.ZURUECKGEZOGEN.name())
                .query(String.class).list();
    }

    /** Placed, unassigned and withdrawn pupils of a run's plan. */
    public record PlanCounts(int placed, int unassigned, int withdrawn) {
        public static final PlanCounts NONE = new PlanCounts(0, 0, 0);
    }

    /** The counts of several runs' plans in one query (a page of runs); a run without plan is missing. */
    public Map<Long, PlanCounts> counts(List<Long> runIds) {
        if (runIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, PlanCounts> counts = new HashMap<>();
        client.sql("""
                SELECT run_id,
                       count(*) FILTER (WHERE school_number IS NOT NULL AND status <> :later) AS placed,
                       count(*) FILTER (WHERE status IN (:unassigned, :later)) AS unassigned,
                       count(*) FILTER (WHERE status = :withdrawn) AS withdrawn
                FROM placement WHERE run_id = ANY(:ids) GROUP BY run_id
                """).param("ids", runIds.toArray(Long[]::new))
                .param("unassigned", PlacementStatus.NICHT_ZUGEWIESEN.name())
                .param("later", PlacementStatus.PLATZ_AB.name())
                .param("withdrawn", PlacementStatus.ZURUECKGEZOGEN.name())
                .query(rs -> {
                    counts.put(rs.getLong("run_id"), new PlanCounts(rs.getInt("placed"), rs.getInt("unassigned"),
                            rs.getInt("withdrawn")));
                });
        return counts;
    }

    /**
     * One version of a pupil's placement: the plan of one run.
     *
     * @param distanceMeasure "Luftlinie" or "Fußweg": how {@code distanceMetres} was measured
     */
    public record PlacementVersion(long runId, LocalDate planningDate, int runNumber, OffsetDateTime startedAt,
            OffsetDateTime publishedAt, String schoolNumber, String schoolName, PlacementStatus status, String reason,
            Integer distanceMetres, String distanceMeasure) {
    }

    public List<PlannedPlacement> findByRun(long runId) {
        return client.sql("SELECT * FROM placement WHERE run_id = ? ORDER BY case_number").param(runId)
                .query((rs, n) -> new PlannedPlacement(rs.getString("case_number"), rs.getString("school_number"),
                        rs.getString("group_kind") == null ? null : GroupKind.valueOf(rs.getString("group_kind")),
                        rs.getInt("grade"), rs.getObject("distance_metres", Integer.class),
                        PlacementStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                        List.of(rs.getString("authorities").split(Pattern.quote(AUTHORITY_SEPARATOR))),
                        rs.getObject("quota_grade_from", Integer.class),
                        DistanceMeasure.valueOf(rs.getString("distance_measure")),
                        rs.getObject("straight_metres", Integer.class),
                        rs.getString("transit_text") == null ? null
                                : new TransitCheck.Verdict(rs.getBoolean("transit_reachable"), rs.getString("transit_text")),
                        rs.getObject("start_date", LocalDate.class)))
                .list();
    }
}
