package de.schulplatz.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties every table, the Spring Batch metadata included, so tests do not see each other's runs. */
public final class DatabaseCleaner {

    private DatabaseCleaner() {
    }

    public static void clean(JdbcTemplate jdbc) {
        jdbc.execute("""
                TRUNCATE override_proposal, audit_event, inbox_file, override_entry, run_quota, placement, import_problem, import_file, run_constraint_score, planning_run, place_quota, pupil, school, transition_case, regular_place,
                    batch_step_execution_context, batch_job_execution_context, batch_step_execution,
                    batch_job_execution_params, batch_job_execution, batch_job_instance
                """);
    }
}
