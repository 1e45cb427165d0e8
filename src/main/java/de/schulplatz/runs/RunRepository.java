package de.schulplatz.runs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import java.sql.ResultSet;
import java.sql.SQLException;

@Repository
public class RunRepository {

    private final JdbcClient client;

    RunRepository(JdbcClient client) {
        this.client = client;
    }

    /** Records the start of a run; a restart of the same run keeps the first record. */
    public void register(long id, LocalDate planningDate, int runNumber, String inputDir, String outputDir) {
        register(id, planningDate, runNumber, inputDir, outputDir, RunJob.PLACEMENT);
    }

    /** Records the start of a run of this job; a restart of the same run keeps the first record. */
    public void register(long id, LocalDate planningDate, int runNumber, String inputDir, String outputDir, RunJob job) {
        client.sql("""
                INSERT INTO planning_run (id, planning_date, run_number, input_dir, output_dir, job)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING
                """).params(id, planningDate, runNumber, inputDir, outputDir, job.name()).update();
    }

    public int nextRunNumber(LocalDate planningDate) {
        return client.sql("SELECT coalesce(max(run_number), 0) + 1 FROM planning_run WHERE planning_date = ?")
                .param(planningDate).query(Integer.class).single();
    }

    public void saveScore(long id, long hard, long medium, long soft, long solvingMillis) {
        client.sql("""
                UPDATE planning_run SET hard_score = ?, medium_score = ?, soft_score = ?, solving_millis = ?
                WHERE id = ?
                """).params(hard, medium, soft, solvingMillis, id).update();
    }

    /** The run's outputs are written: its plan is now the one families and schools were told. */
    public void markPublished(long id) {
        client.sql("UPDATE planning_run SET published_at = now() WHERE id = ?").param(id).update();
    }

    /**
     * The newest published run started after this one, if any: then this run's plan is superseded and must
     * never be published (continuing an old stopped run would replace the authorities' current lists).
     */
    private Optional<PlanningRun> newerPublishedRun(long id) {
        return client.sql("""
                        SELECT * FROM planning_run WHERE published_at IS NOT NULL AND id > ?
                            AND job = (SELECT job FROM planning_run WHERE id = ?)
                        ORDER BY id DESC LIMIT 1
                        """)
                .param(id).param(id).query((rs, n) -> map(rs)).optional();
    }

    /** @throws SupersededRunException when a run started after this one is already published */
    public void requireNotSuperseded(long id) {
        newerPublishedRun(id).ifPresent(newer -> {
            throw new SupersededRunException(id, newer);
        });
    }

    /** The id of the newest published run, 0 when none is: every failed or stopped run below it is superseded. */
    public long newestPublishedRunId() {
        return client.sql("SELECT coalesce(max(id), 0) FROM planning_run WHERE published_at IS NOT NULL AND job = ?")
                .param(RunJob.PLACEMENT.name())
                .query(Long.class).single();
    }

    /** The last run other than the given one whose plan was published (its outputs written), if any. */
    public Optional<Long> lastPublishedRunBefore(long runId) {
        return client.sql("""
                SELECT id FROM planning_run WHERE published_at IS NOT NULL AND id <> ?
                    AND job = coalesce((SELECT job FROM planning_run WHERE id = ?), ?)
                ORDER BY published_at DESC, id DESC LIMIT 1
                """).param(runId).param(runId).param(RunJob.PLACEMENT.name()).query(Long.class).optional();
    }

    /** Every published run, the one published last first. */
    public List<Long> publishedNewestFirst() {
        return client.sql("""
                        SELECT id FROM planning_run WHERE published_at IS NOT NULL AND job = ?
                        ORDER BY published_at DESC, id DESC
                        """).param(RunJob.PLACEMENT.name())
                .query(Long.class).list();
    }

    /** The min-cost flow's bound for the plan of this run (penalties, positive). */
    public void saveBound(long id, long medium, long soft, int unassigned, boolean exact) {
        client.sql("UPDATE planning_run SET bound_medium = ?, bound_soft = ?, bound_unassigned = ?, bound_exact = ? "
                + "WHERE id = ?").params(medium, soft, unassigned, exact, id).update();
    }

    /** The school size assumed for schools without one, its basis and how many schools got it. */
    public void saveAssumedSchoolSize(long id, int pupils, String basis, int schoolsWithoutSize) {
        client.sql("UPDATE planning_run SET assumed_total_pupils = ?, assumed_size_basis = ?, schools_without_size = ? "
                + "WHERE id = ?").params(pupils, basis, schoolsWithoutSize, id).update();
    }

    /** Sibling pairs that could attend one school, and how many of them do in the plan of this run. */
    public void saveSiblingPairs(long id, int sharable, int together) {
        client.sql("UPDATE planning_run SET sibling_pairs_sharable = ?, sibling_pairs_together = ? WHERE id = ?")
                .params(sharable, together, id).update();
    }

    /**
     * Score of one constraint in a run: its level (hart, mittel, weich), how often it matched, what it cost
     * on that level.
     */
    public record ConstraintScore(String constraintName, String level, int matches, long score) {
    }

    /** Replaces the per-constraint scores of a run (a restarted solve step writes them again). */
    public void saveConstraintScores(long id, List<ConstraintScore> scores) {
        client.sql("DELETE FROM run_constraint_score WHERE run_id = ?").param(id).update();
        for (ConstraintScore score : scores) {
            client.sql("""
                    INSERT INTO run_constraint_score (run_id, constraint_name, level, matches, score)
                    VALUES (?, ?, ?, ?, ?)
                    """).params(id, score.constraintName(), score.level(), score.matches(), score.score()).update();
        }
    }

    public List<ConstraintScore> constraintScores(long id) {
        return client.sql("SELECT * FROM run_constraint_score WHERE run_id = ? ORDER BY constraint_name").param(id)
                .query((rs, n) -> new ConstraintScore(rs.getString("constraint_name"), rs.getString("level"),
                        rs.getInt("matches"), rs.getLong("score")))
                .list();
    }

    /** Runs published before the given time: their plans were sent out then. */
    public List<Long> publishedBefore(OffsetDateTime time) {
        return client.sql("SELECT id FROM planning_run WHERE published_at IS NOT NULL AND published_at < ? ORDER BY id")
                .param(time).query(Long.class).list();
    }

    /** The most recent runs, newest first. */
    public List<PlanningRun> recent(int limit) {
        return client.sql("SELECT * FROM planning_run ORDER BY id DESC LIMIT ?").param(limit)
                .query((rs, n) -> map(rs)).list();
    }

    /** The most recent published runs, newest first: all a Schulaufsicht may know of. */
    public List<PlanningRun> recentPublished(int limit) {
        return client.sql("SELECT * FROM planning_run WHERE published_at IS NOT NULL ORDER BY id DESC LIMIT ?")
                .param(limit).query((rs, n) -> map(rs)).list();
    }

    /** The runs of these ids that exist, by id. */
    public Map<Long, PlanningRun> findAll(List<Long> ids) {
        Map<Long, PlanningRun> found = new HashMap<>();
        client.sql("SELECT * FROM planning_run WHERE id = ANY(?)").param(ids.toArray(Long[]::new))
                .query(rs -> {
                    PlanningRun run = map(rs);
                    found.put(run.id(), run);
                });
        return found;
    }

    public Optional<PlanningRun> find(long id) {
        return client.sql("SELECT * FROM planning_run WHERE id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    private static PlanningRun map(ResultSet rs) throws SQLException {
        return new PlanningRun(rs.getLong("id"), rs.getObject("planning_date", LocalDate.class),
                        rs.getInt("run_number"), rs.getString("input_dir"), rs.getString("output_dir"),
                        rs.getObject("started_at", OffsetDateTime.class), rs.getObject("hard_score", Long.class),
                        rs.getObject("medium_score", Long.class), rs.getObject("soft_score", Long.class),
                        rs.getObject("solving_millis", Long.class), rs.getObject("sibling_pairs_sharable", Integer.class),
                        rs.getObject("sibling_pairs_together", Integer.class),
                        rs.getObject("published_at", OffsetDateTime.class), rs.getObject("bound_medium", Long.class),
                        rs.getObject("bound_soft", Long.class), rs.getObject("bound_unassigned", Integer.class),
                        rs.getObject("bound_exact", Boolean.class), rs.getObject("assumed_total_pupils", Integer.class),
                        rs.getString("assumed_size_basis"), rs.getObject("schools_without_size", Integer.class),
                        RunJob.valueOf(rs.getString("job")));
    }
}
