package de.schulplatz.operations;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.batch.PlacementRunner;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.TestWorkbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The retention step anonymises pupils placed long ago and deletes old lists, keeping the statistics. */
@DatabaseTest
class RetentionTest {

    @Autowired
    Retention retention;
    @Autowired
    PlacementRunner runner;
    @Autowired
    FileSettings folders;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @Test
    void pupilsPlacedMoreThanTheRetentionPeriodAgoAreAnonymised() throws Exception {
        DatabaseCleaner.clean(jdbc);
        Path input = TestWorkbooks.copySampleData(temp.resolve("in"));
        var execution = runner.run(input, temp.resolve("out"), LocalDate.now());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // Pretend the plan was published 13 months ago; one pupil arrives only now.
        jdbc.update("UPDATE planning_run SET published_at = now() - interval '13 months'");
        Map<String, Object> placedPupil = jdbc.queryForMap("""
                SELECT p.case_number, p.birth_date, pl.school_number, pl.grade FROM pupil p
                JOIN placement pl ON pl.case_number = p.case_number WHERE pl.school_number IS NOT NULL LIMIT 1""");
        String unplaced = jdbc.queryForObject("""
                SELECT case_number FROM placement WHERE status = 'NICHT_ZUGEWIESEN' LIMIT 1""", String.class);
        Path oldList = folders.outbox().resolve(LocalDate.now().minusDays(200).toString()).resolve("run-1");
        Files.createDirectories(oldList);
        Files.writeString(oldList.resolve("placements.csv"), "alt");

        Retention.Outcome outcome = retention.apply();

        assertThat(outcome.pupilsAnonymised()).isPositive();
        Map<String, Object> after = jdbc.queryForMap("SELECT * FROM pupil WHERE case_number = ?",
                placedPupil.get("case_number"));
        assertThat(after.get("last_name")).isEqualTo("anonymisiert");
        assertThat(after.get("first_name")).isEqualTo("anonymisiert");
        assertThat(after.get("street")).isNull();
        assertThat(after.get("anonymised_at")).isNotNull();
        assertThat(after.get("birth_date").toString()).endsWith("-01-01");
        // the anonymous statistics stay: the placement, its school and grade
        assertThat(jdbc.queryForObject("SELECT school_number FROM placement WHERE case_number = ?", String.class,
                placedPupil.get("case_number"))).isEqualTo(placedPupil.get("school_number"));
        assertThat(jdbc.queryForObject("SELECT last_name FROM pupil WHERE case_number = ?", String.class, unplaced))
                .isNotEqualTo("anonymisiert");
        assertThat(oldList).doesNotExist();
        assertThat(outcome.foldersDeleted()).isGreaterThanOrEqualTo(1);
    }
}
