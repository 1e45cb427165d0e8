package de.schulplatz;

import de.schulplatz.cli.OfflineCommands;
import de.schulplatz.geo.MunicipalityDirectory;
import de.schulplatz.schoolsystem.Authorities;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Schulplatz: places newly arrived pupils in NRW schools. See README.md for the commands. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SchulplatzApplication {

    public static void main(String[] args) {
        if (OfflineCommands.handles(args)) {
            System.exit(OfflineCommands.run(args));
        }
        SpringApplication application = new SpringApplication(SchulplatzApplication.class);
        System.exit(SpringApplication.exit(application.run(args)));
    }

    @Bean
    MunicipalityDirectory municipalityDirectory() {
        return MunicipalityDirectory.fromClasspath();
    }

    @Bean
    Authorities authorities() {
        return Authorities.fromClasspath();
    }
}
