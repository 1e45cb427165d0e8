package de.schulplatz.runs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RunRepository {

    private final JdbcClient client;

    RunRepository(JdbcClient client) {
        this.client = client;
    }

    /** Records the start of a run; a restart of the same run keeps the first record. */
    public void register(long id, LocalDate planningDate, int runNumber, String inputDir, String outputDir) {
        client.sql("""
                INSERT INTO planning_run (id, planning_date, run_number, input_dir, output_dir)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING
                """).params(id, planningDate, runNumber, inputDir, outputDir).update();
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

    public Optional<PlanningRun> find(long id) {
        return client.sql("SELECT * FROM planning_run WHERE id = ?").param(id)
                .query((rs, n) -> new PlanningRun(rs.getLong("id"), rs.getObject("planning_date", LocalDate.class),
                        rs.getInt("run_number"), rs.getString("input_dir"), rs.getString("output_dir"),
                        rs.getObject("started_at", OffsetDateTime.class), rs.getObject("hard_score", Long.class),
                        rs.getObject("medium_score", Long.class), rs.getObject("soft_score", Long.class),
                        rs.getObject("solving_millis", Long.class)))
                .optional();
    }
}
