package de.schulplatz.operations;

import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.pupils.PupilRepository;
import de.schulplatz.routing.WalkingRoutes;
import de.schulplatz.runs.RunRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    /** @param routesDeleted stored walking routes from homes where no pupil lives any more */
    public record Outcome(int pupilsAnonymised, int foldersDeleted, int routesDeleted) {

        public Outcome(int pupilsAnonymised, int foldersDeleted) {
            this(pupilsAnonymised, foldersDeleted, 0);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    static final String ANONYMISED = "anonymisiert";

    private final RunRepository runs;
    private final PlacementRepository placements;
    private final PupilRepository pupils;
    private final RetentionSettings settings;
    private final FileSettings folders;
    private final Clock clock;
    private final WalkingRoutes routes;

    Retention(RunRepository runs, PlacementRepository placements, PupilRepository pupils, RetentionSettings settings,
            FileSettings folders, Clock clock, WalkingRoutes routes) {
        this.routes = routes;
        this.runs = runs;
        this.placements = placements;
        this.pupils = pupils;
        this.settings = settings;
        this.folders = folders;
        this.clock = clock;
    }

    @Transactional
    public Outcome apply() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minusMonths(settings.months());
        List<String> settled = placements.settledCaseNumbers(runs.publishedBefore(cutoff));
        int anonymised = pupils.anonymise(settled, ANONYMISED);
        LocalDate oldest = LocalDate.now(clock).minusDays(settings.exportDays());
        int deleted = deleteDatedFoldersBefore(folders.outbox(), oldest) + deleteDatedFoldersBefore(folders.archive(), oldest);
        // A stored route is keyed by a home position: personal data that goes with the pupil's address.
        int routesDeleted = routes.keepHomes(pupils.findAll().stream().map(p -> p.address().position()).toList());
        log.info("Retention: {} pupils anonymised, {} dated folders deleted, {} stored walking routes deleted",
                anonymised, deleted, routesDeleted);
        return new Outcome(anonymised, deleted, routesDeleted);
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
