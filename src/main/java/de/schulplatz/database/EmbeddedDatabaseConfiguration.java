package de.schulplatz.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url} Schulplatz starts its own PostgreSQL server (the real server
 * binaries, from a Maven artifact), so a KI needs no database installation. Its data directory persists
 * between runs, so the history of nightly runs survives; with a blank directory setting the server runs
 * on a fresh temporary directory (used by the tests).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseSettings.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseSettings settings) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(settings.port())
                .setServerConfig("max_connections", "50")
                // Stopped with the application context (destroyMethod), after the beans that use it: a run
                // going on at shutdown is stopped and saves its best plan before the server goes down.
                .setRegisterShutdownHook(false);
        String directory = settings.dataDirectory();
        if (directory == null || directory.isBlank()) {
            builder.setCleanDataDirectory(true);
        } else {
            Path path = Path.of(directory).toAbsolutePath();
            Files.createDirectories(path);
            builder.setDataDirectory(path).setCleanDataDirectory(false);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL started on port {} ({})", postgres.getPort(),
                directory == null || directory.isBlank() ? "temporary data" : "data in " + directory);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("schulplatz-embedded");
        return dataSource;
    }
}
