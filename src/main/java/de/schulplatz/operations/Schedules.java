package de.schulplatz.operations;

import de.schulplatz.batch.RunAlreadyActiveException;
import de.schulplatz.logging.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The service's timetable (only with {@code schulplatz.schedule.enabled=true}, which {@code serve} sets by
 * default): the nightly run at {@code schulplatz.schedule.cron} (02:30 Europe/Berlin) and the retention
 * step at {@code schulplatz.retention.cron} (03:30).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "schulplatz.schedule.enabled", havingValue = "true")
class Schedules {

    static final String SCHEDULER = "Zeitplan";
    private static final Logger log = LoggerFactory.getLogger(Schedules.class);

    private final NightlyRuns nightlyRuns;
    private final Retention retention;

    Schedules(NightlyRuns nightlyRuns, Retention retention) {
        this.nightlyRuns = nightlyRuns;
        this.retention = retention;
    }

    @Scheduled(cron = "${schulplatz.schedule.cron}", zone = "${schulplatz.schedule.zone}")
    void nightlyRun() {
        try {
            var execution = nightlyRuns.runNow(SCHEDULER);
            log.info("Scheduled run {} ended {}", execution.getJobInstanceId(), execution.getStatus());
        } catch (RunAlreadyActiveException e) {
            log.warn("Scheduled run skipped: another run is active");
        } catch (Exception e) {
            log.error("Scheduled run could not start: {}", Failures.withoutMessages(e));
        }
    }

    @Scheduled(cron = "${schulplatz.retention.cron}", zone = "${schulplatz.schedule.zone}")
    void retention() {
        retention.apply();
    }
}
