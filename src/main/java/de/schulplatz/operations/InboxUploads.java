package de.schulplatz.operations;

import de.schulplatz.intake.ImportProblem;
import de.schulplatz.intake.InputCheck;
import de.schulplatz.intake.InputFiles;
import de.schulplatz.intake.SheetKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * Files brought into the inbox by hand (the workspace's Eingang): each is checked with the import's own
 * rules before it goes in, never stored twice with the same content, and can be removed or replaced while
 * it waits. One instance guards the inbox, so two uploads at once cannot both pass the checks.
 */
@Service
public class InboxUploads {

    /** More problems than this are not shown on the page; all are in the Fehlerbericht. */
    public static final int SHOWN_PROBLEMS = 500;
    public static final String NOT_WAITING = "Diese Datei liegt nicht (mehr) im Eingang; vielleicht hat ein Lauf "
            + "sie gerade übernommen.";
    private static final int MAX_NAME_LENGTH = 120;
    private static final Logger log = LoggerFactory.getLogger(InboxUploads.class);

    /** A file waiting in the inbox. */
    public record WaitingFile(String name, long sizeBytes, LocalDateTime receivedAt) {
    }

    /**
     * What became of one uploaded file.
     *
     * @param storedAs the name in the inbox; null when it was not put there
     * @param message  German one-line outcome for the page; may quote the workbook (a reader's error)
     * @param outcome  the outcome for audit and log, which never quotes the workbook
     */
    public record Upload(String name, String storedAs, String message, String outcome, InputCheck.Result check) {

        public boolean accepted() {
            return storedAs != null;
        }

        /** Stored, but some rows were rejected: the adviser must act, so the page does not show it as all good. */
        public boolean acceptedWithRejectedRows() {
            return accepted() && check != null && check.hasErrors();
        }

        public List<ImportProblem> shownProblems() {
            // Errors (rejected rows) first: they need the adviser's action, remarks only attention.
            return check == null ? List.of() : check.problems().stream()
                    .sorted(Comparator.comparing((ImportProblem p) -> p.severity() != ImportProblem.Severity.FEHLER))
                    .limit(SHOWN_PROBLEMS).toList();
        }
    }

    /** Outcome of removing a waiting file. */
    public enum Removal {
        REMOVED, NOT_WAITING, FAILED
    }

    private final FileSettings folders;
    private final InputCheck inputCheck;
    private final Clock clock;

    InboxUploads(FileSettings folders, InputCheck inputCheck, Clock clock) {
        this.folders = folders;
        this.inputCheck = inputCheck;
        this.clock = clock;
    }

    /** The waiting file of that name: only names the page listed, never a path. */
    public Optional<Path> waitingFile(String name) {
        return waitingPaths().stream().filter(path -> path.getFileName().toString().equals(name)).findFirst();
    }

    /** Takes a waiting file out of the inbox, e.g. one sent by mistake: the next run does not read it. */
    public Removal remove(Path waiting) {
        try {
            synchronized (this) {
                Files.delete(waiting);
            }
            return Removal.REMOVED;
        } catch (NoSuchFileException gone) {
            return Removal.NOT_WAITING;
        } catch (IOException e) {
            log.error("An inbox file could not be removed: {}", e.getClass().getName());
            return Removal.FAILED;
        }
    }

    /**
     * Stages the upload in a hidden folder inside the inbox, which a run does not read, checks it there and
     * only then moves it into the inbox: a run starting meanwhile never sees half a file, and the move stays
     * within one file system. The file's modification time becomes the moment of receipt: a run reads the
     * files in that order and takes a pupil's row from the one received last, whatever the names.
     *
     * @param byAdministrator whether the uploader may bring a Korrekturen sheet
     * @param replacing       a waiting file the upload replaces under its name, or null for a new file
     */
    public Upload receive(InputStream content, String originalName, boolean byAdministrator, Path replacing) {
        String name = replacing != null ? replacing.getFileName().toString() : safeName(originalName);
        Path staging = null;
        try {
            Files.createDirectories(folders.inbox());
            staging = Files.createTempDirectory(folders.inbox(), ".hochladen-");
            Path staged = staging.resolve(name);
            try (InputStream in = content) {
                Files.copy(in, staged);
            }
            Files.setLastModifiedTime(staged, FileTime.from(clock.instant()));
            List<Path> others = waitingPaths().stream().filter(path -> !path.equals(replacing)).toList();
            InputCheck.Result check = inputCheck.check(staged, LocalDate.now(clock), others);
            if (!check.readable()) {
                return new Upload(name, null, check.refusal(), "nicht angenommen: nicht lesbar", null);
            }
            if (!byAdministrator && check.sheets().stream()
                    .anyMatch(sheet -> sheet.kind() == SheetKind.KORREKTUREN && sheet.rowsRead() > 0)) {
                // The next run would apply the rows, and their "Von" column names whoever the sheet says:
                // only an administrator may bring corrections in this way, as on the pupil's page.
                return new Upload(name, null, "Korrekturen legt nur die Administration an. Bitte die Tabelle "
                        + "„Korrekturen“ aus der Datei entfernen oder die Korrektur bei der Administration "
                        + "vorschlagen.", "nicht angenommen: Korrekturen nur für die Administration", check);
            }
            String storedAs;
            synchronized (this) {
                // Two uploads at once must neither both pass the content check nor take the same name.
                Optional<String> sameContent = sameContentAs(staged, others);
                if (sameContent.isPresent()) {
                    return new Upload(name, null, "Gleicher Inhalt wie „" + sameContent.get()
                            + "“, die schon im Eingang liegt; nicht noch einmal abgelegt.",
                            "nicht angenommen: gleicher Inhalt wie " + sameContent.get(), check);
                }
                if (replacing != null) {
                    if (!Files.exists(replacing)) {
                        return new Upload(name, null, NOT_WAITING, "nicht angenommen: Datei nicht mehr im Eingang",
                                check);
                    }
                    Files.move(staged, replacing, StandardCopyOption.REPLACE_EXISTING);
                    storedAs = name;
                } else {
                    storedAs = moveIntoInbox(staged, name);
                }
            }
            String counts = check.rowsRead() + (check.rowsRead() == 1 ? " Zeile" : " Zeilen") + " gelesen, "
                    + check.rowsRejected() + " abgelehnt" + replaced(check);
            return new Upload(name, storedAs, "Im Eingang als „" + storedAs + "“: " + counts + ".",
                    "angenommen als " + storedAs + ": " + counts, check);
        } catch (IOException e) {
            log.error("An upload could not be stored: {}", e.getClass().getName());
            return new Upload(name, null, "Die Datei konnte nicht gespeichert werden; bitte die Administration "
                    + "informieren (Eingangsordner nicht beschreibbar oder voll?).", "nicht angenommen: Speicherfehler",
                    null);
        } finally {
            if (staging != null) {
                try {
                    FileSystemUtils.deleteRecursively(staging);
                } catch (IOException e) {
                    log.warn("Staging folder {} could not be removed", staging.getFileName());
                }
            }
        }
    }

    /** Never replaces a file waiting in the inbox: a taken name gets a number, "schueler-2.xlsx". */
    private String moveIntoInbox(Path staged, String name) throws IOException {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ending = dot > 0 ? name.substring(dot) : "";
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? name : stem + "-" + n + ending;
            try {
                // Without REPLACE_EXISTING the move fails instead of overwriting.
                Files.move(staged, folders.inbox().resolve(candidate));
                return candidate;
            } catch (FileAlreadyExistsException taken) {
                if (n > 1000) {
                    throw taken;
                }
            }
        }
    }

    /** ", ersetzt 3 Zeilen aus „nachtrag-2.xlsx“ (wartet im Eingang)": what the newer file replaces. */
    private static String replaced(InputCheck.Result check) {
        return check.replaces().stream().map(r -> ", ersetzt " + r.rows() + (r.rows() == 1 ? " Zeile" : " Zeilen")
                + " aus „" + r.fileName() + "“ (wartet im Eingang; diese Datei ist neuer und gilt)")
                .collect(Collectors.joining());
    }

    private Optional<String> sameContentAs(Path staged, List<Path> others) throws IOException {
        String checksum = InputFiles.sha256(staged);
        for (Path waiting : others) {
            if (Files.size(waiting) == Files.size(staged) && InputFiles.sha256(waiting).equals(checksum)) {
                return Optional.of(waiting.getFileName().toString());
            }
        }
        return Optional.empty();
    }

    /** The files waiting for the next run, in the order it reads them. */
    public List<WaitingFile> waitingFiles() {
        List<WaitingFile> waiting = new ArrayList<>();
        for (Path path : waitingPaths()) {
            try {
                FileTime modified = Files.getLastModifiedTime(path);
                waiting.add(new WaitingFile(path.getFileName().toString(), Files.size(path),
                        LocalDateTime.ofInstant(modified.toInstant(), ZoneId.systemDefault())));
            } catch (IOException e) {
                // Taken by a run while listing: no longer waiting.
            }
        }
        return waiting;
    }

    /** The files a run would take, in the order it reads them (the same rule as the run). */
    private List<Path> waitingPaths() {
        return InputFiles.in(folders.inbox());
    }

    /**
     * A name that stays inside the inbox and that a run reads: no folder parts (also Windows ones), no
     * leading dot or "~$" (a run skips those as hidden or lock files), no control or reserved characters.
     * Whether the ending is that of a workbook the check decides, with the run's own German reasons.
     */
    public static String safeName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        while (name.startsWith(".") || name.startsWith("~") || name.startsWith("$")) {
            name = name.substring(1).strip();
        }
        if (name.length() > MAX_NAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String ending = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME_LENGTH - ending.length()) + ending;
        }
        return name.isEmpty() ? "Datei" : name;
    }

}
