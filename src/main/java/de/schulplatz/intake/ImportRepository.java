package de.schulplatz.intake;

import de.schulplatz.intake.ImportProblem.Severity;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of what each run read: per sheet counts and every problem, for the Fehlerbericht. */
@Repository
public class ImportRepository {

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    ImportRepository(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    /** Removes what an earlier attempt of the same step wrote, so a restarted step reports everything once. */
    void deleteForRun(long runId, String kindGroup) {
        client.sql("DELETE FROM import_problem WHERE run_id = ? AND kind_group = ?").param(runId).param(kindGroup)
                .update();
        client.sql("DELETE FROM import_file WHERE run_id = ? AND kind_group = ?").param(runId).param(kindGroup)
                .update();
    }

    /**
     * Replaces the remarks another step of the run makes on its data (the planning's on homes and schools off
     * the foot network), so that a restarted step reports them once.
     */
    public void replaceRemarks(long runId, String kindGroup, List<ImportProblem> remarks) {
        deleteForRun(runId, kindGroup);
        saveProblems(runId, kindGroup, remarks);
    }

    void saveSheet(long runId, String kindGroup, SheetImport<?> sheet) {
        client.sql("""
                INSERT INTO import_file (run_id, file_name, sheet, kind, kind_group, rows_read, rows_imported, rows_rejected,
                    rows_superseded)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(runId, sheet.fileName(), sheet.sheet(), sheet.kind().name(), kindGroup, sheet.rowsRead(),
                        sheet.accepted().size(), sheet.rowsRejected(), sheet.rowsSuperseded())
                .update();
        saveProblems(runId, kindGroup, sheet.problems());
    }

    void saveProblems(long runId, String kindGroup, List<ImportProblem> problems) {
        jdbc.batchUpdate("""
                INSERT INTO import_problem (run_id, kind_group, severity, file_name, sheet, row_number, column_name,
                    cell_value, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, problems, 500, (ps, problem) -> {
            ps.setLong(1, runId);
            ps.setString(2, kindGroup);
            ps.setString(3, problem.severity().name());
            ps.setString(4, problem.fileName());
            ps.setString(5, problem.sheet());
            ps.setObject(6, problem.rowNumber());
            ps.setString(7, problem.column());
            ps.setString(8, problem.value());
            ps.setString(9, problem.reason());
        });
    }

    /** All problems of a run in file, sheet and row order. */
    public List<ImportProblem> problems(long runId) {
        return client.sql("""
                SELECT * FROM import_problem WHERE run_id = ?
                ORDER BY file_name, sheet, row_number NULLS FIRST, id
                """).param(runId)
                .query((rs, n) -> new ImportProblem(Severity.valueOf(rs.getString("severity")),
                        rs.getString("file_name"), rs.getString("sheet"), rs.getObject("row_number", Integer.class),
                        rs.getString("column_name"), rs.getString("cell_value"), rs.getString("reason")))
                .list();
    }

    /** Per sheet counts of a run. */
    public List<SheetCount> sheetCounts(long runId) {
        return client.sql("SELECT * FROM import_file WHERE run_id = ? ORDER BY file_name, sheet").param(runId)
                .query((rs, n) -> new SheetCount(rs.getString("file_name"), rs.getString("sheet"),
                        SheetKind.valueOf(rs.getString("kind")), rs.getInt("rows_read"), rs.getInt("rows_imported"),
                        rs.getInt("rows_rejected"), rs.getInt("rows_superseded")))
                .list();
    }

    /** Rows read, imported, rejected and superseded (by a file received later) from one sheet of one input file. */
    public record SheetCount(String fileName, String sheet, SheetKind kind, int rowsRead, int rowsImported,
            int rowsRejected, int rowsSuperseded) {
    }
}
