package de.schulplatz.operations;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.support.CronExpression;

/**
 * The service's timetable, {@code schulplatz.schedule.*}, checked at start-up (the schedule itself reads
 * the same keys in {@link Schedules}).
 *
 * @param enabled whether the nightly run and the retention step run by the clock ({@code serve} sets it)
 * @param cron    when the nightly run starts, a Spring cron expression (seconds first)
 * @param zone    the time zone of both schedules
 */
@ConfigurationProperties("schulplatz.schedule")
public record ScheduleSettings(boolean enabled, String cron, String zone) {

    public ScheduleSettings {
        requireCron("schulplatz.schedule.cron", cron);
        try {
            ZoneId.of(zone);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Einstellung schulplatz.schedule.zone ist keine Zeitzone (z. B. "
                    + "Europe/Berlin)");
        }
    }

    static void requireCron(String key, String cron) {
        if (cron == null || !CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("Einstellung " + key + " ist kein Zeitplan (sechs Felder, Sekunden "
                    + "zuerst, z. B. „0 30 2 * * *“ für 2:30 Uhr)");
        }
    }
}
