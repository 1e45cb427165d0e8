package de.schulplatz.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import de.schulplatz.intake.InputFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Takes the new files of the inbox for one run: each moves into the run's archive folder with a
 * {@code .sha256} file beside it; a file whose content was received before moves to
 * {@code bereits-importiert/} in that folder and is not imported again.
 */
@Component
public class Inbox {

    static final String DUPLICATES = "bereits-importiert";
    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final FileSettings folders;
    private final JdbcClient client;

    Inbox(FileSettings folders, JdbcClient client) {
        this.folders = folders;
        this.client = client;
    }

    /** Moves the inbox's files into {@code runFolder}; returns it (the run's input folder). */
    public Path claimInto(Path runFolder) {
        try {
            Files.createDirectories(folders.inbox());
            Files.createDirectories(runFolder);
            int taken = 0;
            int repeated = 0;
            for (Path file : newFiles()) {
                String checksum = InputFiles.sha256(file);
                // The run reads its files in the order they arrived; the move must not make them all "now".
                FileTime receivedAt = Files.getLastModifiedTime(file);
                String name = file.getFileName().toString();
                boolean known = client.sql("SELECT count(*) FROM inbox_file WHERE checksum = ?").param(checksum)
                        .query(Integer.class).single() > 0;
                Path target = known ? runFolder.resolve(DUPLICATES).resolve(name) : runFolder.resolve(name);
                Files.createDirectories(target.getParent());
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
                Files.setLastModifiedTime(target, receivedAt);
                Files.writeString(target.resolveSibling(name + ".sha256"), checksum + "  " + name + "\n",
                        StandardCharsets.UTF_8);
                // File names stay out of the log: an upload's name may name a child ("Anmeldung_<Name>.xlsx").
                if (known) {
                    repeated++;
                } else {
                    client.sql("INSERT INTO inbox_file (checksum, file_name, archived_as) VALUES (?, ?, ?)")
                            .params(checksum, name, target.toString()).update();
                    taken++;
                }
            }
            log.info("Inbox: {} files taken for the run, {} received before with the same content and not imported "
                    + "again", taken, repeated);
            return runFolder;
        } catch (IOException e) {
            throw new UncheckedIOException("Eingangsordner " + folders.inbox() + " kann nicht verarbeitet werden: "
                    + e.getMessage(), e);
        }
    }

    private List<Path> newFiles() {
        return InputFiles.in(folders.inbox());
    }

}
