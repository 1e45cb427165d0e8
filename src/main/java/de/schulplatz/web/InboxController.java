package de.schulplatz.web;

import de.schulplatz.intake.ImportProblem;
import de.schulplatz.intake.ImportRepository;
import de.schulplatz.intake.InputCheck;
import de.schulplatz.intake.InputFiles;
import de.schulplatz.intake.SheetKind;
import de.schulplatz.operations.AuditLog;
import de.schulplatz.operations.FileSettings;
import de.schulplatz.runs.PlanningRun;
import de.schulplatz.runs.RunRepository;
import de.schulplatz.security.Account;
import de.schulplatz.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import java.nio.file.NoSuchFileException;
import java.util.stream.Collectors;

/**
 * Eingang: input workbooks uploaded into the inbox for the next run. Each file is first checked with the
 * import's own rules (nothing is stored): a file the run could not read is refused and never reaches the
 * inbox; a readable one goes in even with rejected rows, and the page shows what the run would reject.
 * The page also lists the files waiting in the inbox and what the latest run rejected.
 */
@Controller
@ConditionalOnWebApplication
class InboxController {

    static final String UPLOADED = "Datei hochgeladen";
    static final String REMOVED = "Datei aus dem Eingang entfernt";
    static final String REPLACED = "Datei im Eingang ersetzt";
    /** More problems than this are not shown on the page; all are in the Fehlerbericht. */
    static final int SHOWN_PROBLEMS = 500;
    private static final int MAX_NAME_LENGTH = 120;
    private static final Logger log = LoggerFactory.getLogger(InboxController.class);

    /** A file waiting in the inbox. */
    record WaitingFile(String name, String size, LocalDateTime receivedAt) {
    }

    /**
     * What became of one uploaded file.
     *
     * @param storedAs the name in the inbox; null when it was not put there
     * @param message  German one-line outcome for the page; may quote the workbook (a reader's error)
     * @param outcome  the outcome for audit and log, which never quotes the workbook
     */
    record Upload(String name, String storedAs, String message, String outcome, InputCheck.Result check) {

        public boolean accepted() {
            return storedAs != null;
        }

        public List<ImportProblem> shownProblems() {
            // Errors (rejected rows) first: they need the adviser's action, remarks only attention.
            return check == null ? List.of() : check.problems().stream()
                    .sorted(Comparator.comparing((ImportProblem p) -> p.severity() != ImportProblem.Severity.FEHLER))
                    .limit(SHOWN_PROBLEMS).toList();
        }
    }

    private final FileSettings folders;
    private final InputCheck inputCheck;
    private final ImportRepository imports;
    private final RunRepository runs;
    private final AuditLog audit;
    private final Clock clock;
    private final DataSize maxUpload;

    InboxController(FileSettings folders, InputCheck inputCheck, ImportRepository imports, RunRepository runs,
            AuditLog audit, Clock clock,
            @Value("${spring.servlet.multipart.max-request-size:50MB}") DataSize maxUpload) {
        this.folders = folders;
        this.inputCheck = inputCheck;
        this.imports = imports;
        this.runs = runs;
        this.audit = audit;
        this.clock = clock;
        this.maxUpload = maxUpload;
    }

    @GetMapping("/eingang")
    String inbox(@RequestParam(name = UploadSizeFilter.TOO_LARGE, required = false) String tooLarge, Model model) {
        if (tooLarge != null) {
            model.addAttribute("problem", tooLargeMessage(maxUpload));
        }
        page(model);
        return "eingang";
    }

    @PostMapping("/eingang")
    String upload(@RequestParam(name = "dateien", required = false) List<MultipartFile> files,
            @AuthenticationPrincipal Account user, Model model) {
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(file -> file.getOriginalFilename() != null
                        && !file.getOriginalFilename().isBlank()).toList();
        if (chosen.isEmpty()) {
            model.addAttribute("problem", "Bitte mindestens eine Datei auswählen.");
        } else {
            List<Upload> uploads = new ArrayList<>();
            for (MultipartFile file : chosen) {
                Upload upload = receive(file, LocalDate.now(clock), user, null);
                audit.record(user.getUsername(), UPLOADED, upload.name(), upload.outcome());
                // The outcome only: an uploaded file's name may name a child (e.g. "Anmeldung_<Name>.xlsx").
                log.info("Upload by {}: {}", user.getUsername(), upload.accepted() ? "accepted" : "refused");
                uploads.add(upload);
            }
            model.addAttribute("uploads", uploads);
            long accepted = uploads.stream().filter(Upload::accepted).count();
            if (accepted == uploads.size()) {
                model.addAttribute("notice", accepted == 1 ? "Die Datei liegt im Eingang für den nächsten Lauf."
                        : "Alle " + accepted + " Dateien liegen im Eingang für den nächsten Lauf.");
            } else {
                model.addAttribute("problem", (uploads.size() - accepted) + " von " + uploads.size()
                        + (uploads.size() == 1 ? " Datei wurde" : " Dateien wurden") + " nicht angenommen.");
            }
        }
        page(model);
        return "eingang";
    }

    /** Takes a waiting file out of the inbox, e.g. one sent by mistake: the next run does not read it. */
    @PostMapping("/eingang/entfernen")
    String remove(@RequestParam("datei") String name, @AuthenticationPrincipal Account user, Model model) {
        Optional<Path> waiting = waitingFile(name);
        if (waiting.isEmpty()) {
            model.addAttribute("problem", NOT_WAITING);
        } else {
            try {
                synchronized (this) {
                    Files.delete(waiting.get());
                }
                audit.record(user.getUsername(), REMOVED, waiting.get().getFileName().toString(), "entfernt");
                log.info("Inbox file removed by {}", user.getUsername());
                model.addAttribute("notice", "Die Datei ist aus dem Eingang entfernt; der nächste Lauf liest sie nicht.");
            } catch (NoSuchFileException gone) {
                model.addAttribute("problem", NOT_WAITING);
            } catch (IOException e) {
                log.error("An inbox file could not be removed: {}", e.getClass().getName());
                model.addAttribute("problem", "Die Datei konnte nicht entfernt werden; bitte die Administration "
                        + "informieren.");
            }
        }
        page(model);
        return "eingang";
    }

    /**
     * Replaces a waiting file by a new version under its name, checked like an upload first: when the new
     * version is refused, the waiting one stays.
     */
    @PostMapping("/eingang/ersetzen")
    String replace(@RequestParam("datei") String name, @RequestParam(name = "neu", required = false) MultipartFile file,
            @AuthenticationPrincipal Account user, Model model) {
        Optional<Path> waiting = waitingFile(name);
        if (waiting.isEmpty()) {
            model.addAttribute("problem", NOT_WAITING);
        } else if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "Bitte die neue Fassung der Datei auswählen.");
        } else {
            Upload upload = receive(file, LocalDate.now(clock), user, waiting.get());
            audit.record(user.getUsername(), REPLACED, waiting.get().getFileName() + " durch " + upload.name(),
                    upload.outcome());
            log.info("Inbox file replaced by {}: {}", user.getUsername(), upload.accepted() ? "accepted" : "refused");
            model.addAttribute("uploads", List.of(upload));
            model.addAttribute(upload.accepted() ? "notice" : "problem", upload.accepted()
                    ? "Die neue Fassung liegt im Eingang; die alte ist ersetzt."
                    : "Die neue Fassung wurde nicht angenommen; die bisherige Datei bleibt im Eingang.");
        }
        page(model);
        return "eingang";
    }

    private static final String NOT_WAITING = "Diese Datei liegt nicht (mehr) im Eingang; vielleicht hat ein Lauf "
            + "sie gerade übernommen.";

    /** The waiting file of that name: only names the page listed, never a path. */
    private Optional<Path> waitingFile(String name) {
        return waitingPaths().stream().filter(path -> path.getFileName().toString().equals(name)).findFirst();
    }

    /**
     * Stages the upload in a hidden folder inside the inbox, which a run does not read, checks it there and
     * only then moves it into the inbox: a run starting meanwhile never sees half a file, and the move stays
     * within one file system. The file's modification time becomes the moment of receipt: a run reads the
     * files in that order and takes a pupil's row from the one received last, whatever the names.
     *
     * @param replacing a waiting file the upload replaces under its name, or null for a new file
     */
    private Upload receive(MultipartFile file, LocalDate planningDate, Account user, Path replacing) {
        String name = replacing != null ? replacing.getFileName().toString() : safeName(file.getOriginalFilename());
        Path staging = null;
        try {
            Files.createDirectories(folders.inbox());
            staging = Files.createTempDirectory(folders.inbox(), ".hochladen-");
            Path staged = staging.resolve(name);
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, staged);
            }
            Files.setLastModifiedTime(staged, FileTime.from(clock.instant()));
            List<Path> others = waitingPaths().stream().filter(path -> !path.equals(replacing)).toList();
            InputCheck.Result check = inputCheck.check(staged, planningDate, others);
            if (!check.readable()) {
                return new Upload(name, null, check.refusal(), "nicht angenommen: nicht lesbar", null);
            }
            if (user.role() != Role.ADMIN && check.sheets().stream()
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

    private void page(Model model) {
        model.addAttribute("waiting", waitingFiles());
        model.addAttribute("maxUpload", maxUpload.toMegabytes() + " MB");
        Optional<PlanningRun> latest = runs.recent(1).stream().findFirst();
        model.addAttribute("latestRun", latest.orElse(null));
        List<ImportProblem> problems = latest.map(run -> imports.problems(run.id())).orElse(List.of());
        model.addAttribute("latestCounts", latest.map(run -> imports.sheetCounts(run.id())).orElse(List.of()));
        model.addAttribute("latestProblems", problems.stream()
                .sorted(Comparator.comparing((ImportProblem p) -> p.severity() != ImportProblem.Severity.FEHLER))
                .limit(SHOWN_PROBLEMS).toList());
        model.addAttribute("latestProblemCount", problems.size());
        model.addAttribute("shownProblems", SHOWN_PROBLEMS);
    }

    private List<WaitingFile> waitingFiles() {
        List<WaitingFile> waiting = new ArrayList<>();
        for (Path path : waitingPaths()) {
            try {
                FileTime modified = Files.getLastModifiedTime(path);
                waiting.add(new WaitingFile(path.getFileName().toString(), DownloadsController.size(Files.size(path)),
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

    static String tooLargeMessage(DataSize limit) {
        return "Die Dateien sind zu groß: höchstens " + limit.toMegabytes() + " MB auf einmal. Bitte einzeln "
                + "hochladen oder große Arbeitsmappen aufteilen.";
    }

    /**
     * A name that stays inside the inbox and that a run reads: no folder parts (also Windows ones), no
     * leading dot or "~$" (a run skips those as hidden or lock files), no control or reserved characters.
     * Whether the ending is that of a workbook the check decides, with the run's own German reasons.
     */
    static String safeName(String original) {
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
