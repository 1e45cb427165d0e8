package de.schulplatz.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Data protection, {@code schulplatz.retention.*}.
 *
 * @param months     personal data of a pupil is anonymised this many months after the first published
 *                   placement (or withdrawal)
 * @param exportDays lists in the outbox and inputs in the archive older than this many days are deleted
 * @param cron       when the retention step runs in service mode (see {@link ScheduleSettings})
 */
@ConfigurationProperties("schulplatz.retention")
public record RetentionSettings(int months, int exportDays, String cron) {

    public RetentionSettings {
        ScheduleSettings.requireCron("schulplatz.retention.cron", cron);
        if (months < 1 || exportDays < 1) {
            throw new IllegalArgumentException("Einstellung schulplatz.retention.months und .export-days müssen "
                    + "mindestens 1 sein");
        }
    }
}
