package de.schulplatz.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.schulplatz.SchulplatzApplication;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** A mistyped setting stops the start with its name and the closest known one, instead of doing nothing. */
class SettingsCheckTest {

    private static final SettingsCheck CHECK = SettingsCheck.ofApplication();

    @Test
    void aMistypedWeightIsRefusedNamingTheKeyAndTheOneMeant() {
        assertThatThrownBy(() -> CHECK.check(environment(Map.of("schulplatz.weights.fair-sprad", "0"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("unbekannte Einstellung „schulplatz.weights.fair-sprad“ (gemeint ist wohl "
                        + "„schulplatz.weights.fair-spread“); bekannt sind die Einstellungen in README.md und docs/");
    }

    @Test
    void aMistypedPrefixAndAnEnvironmentVariableAreRefusedToo() {
        MockEnvironment environment = environment(Map.of("schulplatz.weight.fair-spread", "0"));
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("systemEnvironment",
                Map.of("SCHULPLATZ_PLANING_TIME_LIMIT", "30s", "SCHULPLATZ_PLANNING_TIME_LIMIT", "30s", "PATH", "/bin")));

        assertThatThrownBy(() -> CHECK.check(environment))
                .hasMessageStartingWith("unbekannte Einstellungen „SCHULPLATZ_PLANING_TIME_LIMIT“ (gemeint ist wohl "
                        + "„schulplatz.planning.time-limit“), „schulplatz.weight.fair-spread“ (gemeint ist wohl "
                        + "„schulplatz.weights.fair-spread“)");
    }

    @Test
    void everySpellingSpringAcceptsForAKnownKeyIsAccepted() {
        MockEnvironment environment = environment(Map.of("schulplatz.weights.fairSpread", "3",
                "schulplatz.security.users[7].authority", "Bezirksregierung Köln",
                "schulplatz.security.login.max-failures-per-account", "3", "SCHULPLATZ.RULES.PLACE-ADULTS", "true"));
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("systemEnvironment",
                Map.of("SCHULPLATZ_WEIGHTS_FAIRSPREAD", "3", "SCHULPLATZ_SECURITY_USERS_0_USERNAME", "amt",
                        "SCHULPLATZ_SCHEDULE_ENABLED", "false")));

        CHECK.check(environment);
    }

    @Test
    void aKeyFarFromEveryKnownOneGetsNoGuess() {
        assertThatThrownBy(() -> CHECK.check(environment(Map.of("schulplatz.kaffeemaschine", "an"))))
                .hasMessage("unbekannte Einstellung „schulplatz.kaffeemaschine“; bekannt sind die Einstellungen in "
                        + "README.md und docs/");
    }

    @Test
    void everyKeyOfTheShippedSettingsIsKnown() throws IOException {
        for (String file : new String[] {"application.properties", "application-test.properties"}) {
            Properties shipped = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
                shipped.load(in);
            }
            Map<String, Object> values = new java.util.HashMap<>();
            shipped.stringPropertyNames().forEach(name -> values.put(name, shipped.getProperty(name)));
            CHECK.check(environment(values));
        }
        assertThat(CHECK.knownKeys()).contains("schulplatz.weights.fair-spread", "schulplatz.schedule.cron",
                "schulplatz.retention.cron", "schulplatz.security.users[*].authority", "schulplatz.database.port");
    }

    @Test
    void theApplicationDoesNotStartWithAnUnknownSetting() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(SchulplatzApplication.class)
                .web(WebApplicationType.NONE).run("--schulplatz.weights.fair-sprad=0", "--schulplatz.database.data-directory="))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unbekannte Einstellung „schulplatz.weights.fair-sprad“")
                .hasMessageContaining("„schulplatz.weights.fair-spread“");
    }

    private static MockEnvironment environment(Map<String, Object> values) {
        MockEnvironment environment = new MockEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", values));
        return environment;
    }
}
