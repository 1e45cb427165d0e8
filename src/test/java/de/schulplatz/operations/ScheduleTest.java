package de.schulplatz.operations;

import de.schulplatz.audit.AuditLog;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The schedule starts the nightly run by itself. A context of its own with a cron of every two
 * seconds, closed after the test so that its schedule does not run beside the other tests.
 */
@SpringBootTest(properties = {"schulplatz.schedule.enabled=true", "schulplatz.schedule.cron=*/2 * * * * *",
        "schulplatz.files.inbox=target/test-files/schedule/inbox",
        "schulplatz.files.archive=target/test-files/schedule/archive",
        "schulplatz.files.outbox=target/test-files/schedule/outbox"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ScheduleTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;

    @Test
    void theScheduleTriggersARun() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        // The run is published in its export step; the audit entry follows when the job has ended.
        while (Instant.now().isBefore(deadline) && (publishedRuns() == 0 || !auditedByTheSchedule())) {
            Thread.sleep(500);
        }
        assertThat(publishedRuns()).isPositive();
        assertThat(audit.recent(20)).extracting(AuditLog.Event::username).contains(Schedules.SCHEDULER);
    }

    private boolean auditedByTheSchedule() {
        return audit.recent(20).stream().anyMatch(event -> event.username().equals(Schedules.SCHEDULER));
    }

    private int publishedRuns() {
        return jdbc.queryForObject("SELECT count(*) FROM planning_run WHERE published_at IS NOT NULL", Integer.class);
    }
}
