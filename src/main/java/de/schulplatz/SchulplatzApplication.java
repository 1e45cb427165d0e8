package de.schulplatz;

import de.schulplatz.cli.CommandLine;
import de.schulplatz.cli.OfflineCommands;
import de.schulplatz.geo.MunicipalityDirectory;
import de.schulplatz.schoolsystem.Authorities;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Schulplatz: places newly arrived pupils in NRW schools. See README.md for the commands. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SchulplatzApplication {

    public static void main(String[] args) throws InterruptedException {
        Utf8Environment.useUtf8Output();
        OptionalInt relaunched = Utf8Environment.relaunchIfNeeded(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        if (OfflineCommands.handles(args)) {
            System.exit(OfflineCommands.run(args));
        }
        if (args.length > 0 && args[0].equals("benchmark")) {
            CommandLine.prepareBenchmark(args);
        }
        SpringApplication application = new SpringApplication(SchulplatzApplication.class);
        boolean serve = args.length > 0 && args[0].equals("serve");
        // Only the service listens on a port and runs the schedule; the one-off commands start no web server.
        application.setWebApplicationType(serve ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        if (serve) {
            application.setDefaultProperties(Map.of("schulplatz.schedule.enabled", "true"));
        }
        try {
            ConfigurableApplicationContext context = application.run(args);
            if (serve && context.getBean(CommandLine.class).getExitCode() == CommandLine.OK) {
                return; // the web server and the schedule keep the process alive
            }
            System.exit(SpringApplication.exit(context));
        } catch (RuntimeException e) {
            // Start-up failed (e.g. an invalid setting): one line, as for every other failure.
            System.err.println("Fehler: Start nicht möglich: " + CommandLine.oneLine(rootCause(e)));
            System.exit(CommandLine.FAILED);
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable current = failure;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    @Bean
    MunicipalityDirectory municipalityDirectory() {
        return MunicipalityDirectory.fromClasspath();
    }

    /** The planning date of overrides and runs started without one; replaceable in tests. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    Authorities authorities() {
        return Authorities.fromClasspath();
    }
}
