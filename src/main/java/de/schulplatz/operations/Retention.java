package de.schulplatz.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes personal data that is no longer needed (DSGVO): pupils placed or withdrawn longer ago than
 * the retention period lose name, exact birth date, address and notes; the anonymous statistics stay
 * (grade, languages, municipality, school, every version of the placement). Old lists and inputs are
 * deleted from the outbox and archive.
 */
@Service
public class Retention {

    public record Outcome(int pupilsAnonymised, int foldersDeleted) {
    }

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    static final String ANONYMISED = "anonymisiert";

    private final JdbcClient client;
    private final RetentionSettings settings;
    private final FileSettings folders;
    private final Clock clock;

    Retention(JdbcClient client, RetentionSettings settings, FileSettings folders, Clock clock) {
        this.client = client;
        this.settings = settings;
        this.folders = folders;
        this.clock = clock;
    }

    @Transactional
    public Outcome apply() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minusMonths(settings.months());
        // Birth date keeps its year (age statistics); the position is rounded to about 1 km.
        int anonymised = client.sql("""
                UPDATE pupil p SET last_name = ?, first_name = ?,
                    birth_date = make_date(extract(year FROM birth_date)::int, 1, 1),
                    street = NULL, notes = NULL, interpreter_language = NULL,
                    latitude = round(latitude::numeric, 2), longitude = round(longitude::numeric, 2),
                    anonymised_at = now()
                WHERE anonymised_at IS NULL AND EXISTS (
                    SELECT 1 FROM placement pl JOIN planning_run r ON r.id = pl.run_id
                    WHERE pl.case_number = p.case_number AND r.published_at IS NOT NULL AND r.published_at < ?
                      AND (pl.school_number IS NOT NULL OR pl.status = 'ZURUECKGEZOGEN'))
                """).params(ANONYMISED, ANONYMISED, cutoff).update();
        LocalDate oldest = LocalDate.now(clock).minusDays(settings.exportDays());
        int deleted = deleteDatedFoldersBefore(folders.outbox(), oldest) + deleteDatedFoldersBefore(folders.archive(), oldest);
        log.info("Retention: {} pupils anonymised, {} dated folders deleted", anonymised, deleted);
        return new Outcome(anonymised, deleted);
    }

    /** Deletes the {@code <yyyy-mm-dd>} sub-folders older than the given day. */
    private static int deleteDatedFoldersBefore(Path root, LocalDate oldest) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> days = Files.list(root)) {
            for (Path day : days.filter(Files::isDirectory).toList()) {
                LocalDate date;
                try {
                    date = LocalDate.parse(day.getFileName().toString());
                } catch (DateTimeParseException e) {
                    continue;
                }
                if (date.isBefore(oldest)) {
                    deleteTree(day);
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deleted;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
