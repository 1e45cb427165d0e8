package de.schulplatz.planning;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code schulplatz.planning}.
 *
 * @param timeLimit           longest solving time
 * @param unimprovedTimeLimit solving ends earlier when the best plan has not improved for this long
 * @param maxCandidates       how many of the nearest eligible quotas each pupil may be placed in
 */
@ConfigurationProperties("schulplatz.planning")
@Validated
public record PlanningSettings(Duration timeLimit, Duration unimprovedTimeLimit, int maxCandidates) {

    public PlanningSettings {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("Einstellung schulplatz.planning.time-limit muss größer als 0 sein");
        }
        if (unimprovedTimeLimit == null || unimprovedTimeLimit.isNegative() || unimprovedTimeLimit.isZero()) {
            throw new IllegalArgumentException("Einstellung schulplatz.planning.unimproved-time-limit muss größer als 0 sein");
        }
        if (maxCandidates < 1) {
            throw new IllegalArgumentException("Einstellung schulplatz.planning.max-candidates muss mindestens 1 sein");
        }
    }
}
