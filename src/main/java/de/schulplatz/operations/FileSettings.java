package de.schulplatz.operations;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Folders of the service, {@code schulplatz.files.*}: new spreadsheets arrive in the inbox; a run
 * moves them to {@code archive/<date>/run-<n>/} with their checksums and writes its lists to
 * {@code outbox/<date>/run-<n>/}.
 */
@ConfigurationProperties("schulplatz.files")
public record FileSettings(Path inbox, Path archive, Path outbox) {

    public FileSettings {
        inbox = inbox == null ? Path.of("inbox") : inbox;
        archive = archive == null ? Path.of("archive") : archive;
        outbox = outbox == null ? Path.of("outbox") : outbox;
    }
}
