package de.schulplatz.intake;

import de.schulplatz.geo.MunicipalityDirectory;
import de.schulplatz.schoolsystem.Authorities;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the run in progress read from its input folder, so that its import steps (schools and places,
 * pupils, corrections) read each workbook once between them. The read is taken again only when the folder
 * is no longer as it was read (a file added, removed or saved: by size and modification time, without
 * reading it), or after {@link #forget()}: a restart, or a run after this one, reads anew. Runs do not
 * overlap (RunLock), so one read is kept, and memory holds one run's rows at most.
 */
@Component
public class RunInputs {

    private record FileState(Path path, InputFolder.FileState state) {
    }

    private record Key(Path folder, LocalDate planningDate, List<FileState> files) {
    }

    private record Kept(Key key, InputRead read) {
    }

    private final AddressResolver addresses;
    private final Authorities authorities;
    private Kept kept;
    private int reads;

    RunInputs(MunicipalityDirectory municipalities, Authorities authorities) {
        this.addresses = new AddressResolver(municipalities);
        this.authorities = authorities;
    }

    /** @param planningDate the day the plan is made for; birth dates are checked against it */
    synchronized InputRead of(Path folder, LocalDate planningDate) {
        Key key = new Key(folder.toAbsolutePath().normalize(), planningDate, InputFiles.in(folder).stream()
                .map(path -> new FileState(path, InputFolder.FileState.of(path))).toList());
        if (kept == null || !kept.key().equals(key)) {
            kept = null;
            InputRead read = InputReader.readFolder(folder, addresses, authorities, planningDate);
            reads++;
            kept = new Kept(key, read);
        }
        return kept.read();
    }

    /** Lets go of the rows read: the run's imports are done, or the run ended. */
    public synchronized void forget() {
        kept = null;
    }

    /** How often a folder was read since start: one read per run is the point of this class. */
    synchronized int reads() {
        return reads;
    }
}
