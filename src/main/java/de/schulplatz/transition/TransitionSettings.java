package de.schulplatz.transition;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the transition out of the initial German support, {@code schulplatz.transition.*}.
 *
 * @param stayWeight what moving a pupil away from its current school costs, in metres of travel (the
 *                   current school is preferred when its form fits; 0 = no preference)
 */
@ConfigurationProperties("schulplatz.transition")
public record TransitionSettings(@DefaultValue("5000") long stayWeight) {

    public TransitionSettings {
        if (stayWeight < 0) {
            throw new IllegalArgumentException("Einstellung schulplatz.transition.stay-weight darf nicht negativ sein");
        }
    }
}
