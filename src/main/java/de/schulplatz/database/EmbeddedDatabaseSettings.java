package de.schulplatz.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code schulplatz.database}, used only when no {@code spring.datasource.url} is set.
 *
 * @param dataDirectory where the embedded server keeps its data; blank = temporary, deleted on exit
 * @param port          TCP port on localhost; 0 picks a free one
 */
@ConfigurationProperties("schulplatz.database")
record EmbeddedDatabaseSettings(String dataDirectory, int port) {
}
