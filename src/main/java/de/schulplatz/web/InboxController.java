package de.schulplatz.web;

import de.schulplatz.intake.ImportProblem;
import de.schulplatz.intake.ImportRepository;
import de.schulplatz.audit.AuditLog;
import de.schulplatz.operations.InboxUploads;
import de.schulplatz.operations.InboxUploads.Upload;
import de.schulplatz.runs.PlanningRun;
import de.schulplatz.runs.RunRepository;
import de.schulplatz.security.Account;
import de.schulplatz.security.Role;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
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
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

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
    private static final Logger log = LoggerFactory.getLogger(InboxController.class);

    private final InboxUploads uploads;
    private final ImportRepository imports;
    private final RunRepository runs;
    private final AuditLog audit;
    private final DataSize maxUpload;

    InboxController(InboxUploads uploads, ImportRepository imports, RunRepository runs,
            AuditLog audit,
            @Value("${spring.servlet.multipart.max-request-size:50MB}") DataSize maxUpload) {
        this.uploads = uploads;
        this.imports = imports;
        this.runs = runs;
        this.audit = audit;
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
            List<Upload> received = new ArrayList<>();
            for (MultipartFile file : chosen) {
                Upload upload = receive(file, user, null);
                audit.record(user.getUsername(), UPLOADED, upload.name(), upload.outcome());
                // The outcome only: an uploaded file's name may name a child (e.g. "Anmeldung_<Name>.xlsx").
                log.info("Upload by {}: {}", user.getUsername(), upload.accepted() ? "accepted" : "refused");
                received.add(upload);
            }
            model.addAttribute("uploads", received);
            long accepted = received.stream().filter(Upload::accepted).count();
            if (accepted == received.size()) {
                model.addAttribute("notice", accepted == 1 ? "Die Datei liegt im Eingang für den nächsten Lauf."
                        : "Alle " + accepted + " Dateien liegen im Eingang für den nächsten Lauf.");
            } else {
                model.addAttribute("problem", (received.size() - accepted) + " von " + received.size()
                        + (received.size() == 1 ? " Datei wurde" : " Dateien wurden") + " nicht angenommen.");
            }
        }
        page(model);
        return "eingang";
    }

    /** Takes a waiting file out of the inbox, e.g. one sent by mistake: the next run does not read it. */
    @PostMapping("/eingang/entfernen")
    String remove(@RequestParam("datei") String name, @AuthenticationPrincipal Account user, Model model) {
        Optional<Path> waiting = uploads.waitingFile(name);
        InboxUploads.Removal removal = waiting.map(uploads::remove).orElse(InboxUploads.Removal.NOT_WAITING);
        switch (removal) {
            case REMOVED -> {
                audit.record(user.getUsername(), REMOVED, waiting.get().getFileName().toString(), "entfernt");
                log.info("Inbox file removed by {}", user.getUsername());
                model.addAttribute("notice", "Die Datei ist aus dem Eingang entfernt; der nächste Lauf liest sie nicht.");
            }
            case NOT_WAITING -> model.addAttribute("problem", InboxUploads.NOT_WAITING);
            case FAILED -> model.addAttribute("problem", "Die Datei konnte nicht entfernt werden; bitte die "
                    + "Administration informieren.");
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
        Optional<Path> waiting = uploads.waitingFile(name);
        if (waiting.isEmpty()) {
            model.addAttribute("problem", InboxUploads.NOT_WAITING);
        } else if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "Bitte die neue Fassung der Datei auswählen.");
        } else {
            Upload upload = receive(file, user, waiting.get());
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


    private Upload receive(MultipartFile file, Account user, Path replacing) {
        String name = file.getOriginalFilename();
        try {
            return uploads.receive(file.getInputStream(), name, user.role() == Role.ADMIN, replacing);
        } catch (IOException e) {
            log.error("An upload could not be read: {}", e.getClass().getName());
            return new Upload(InboxUploads.safeName(name), null, "Die Datei konnte nicht empfangen werden; bitte "
                    + "noch einmal hochladen.", "nicht angenommen: Empfangsfehler", null);
        }
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
                .limit(InboxUploads.SHOWN_PROBLEMS).toList());
        model.addAttribute("latestProblemCount", problems.size());
        model.addAttribute("shownProblems", InboxUploads.SHOWN_PROBLEMS);
    }

    /** For the page: the size in words, the rest as the inbox says. */
    record WaitingFile(String name, String size, LocalDateTime receivedAt) {
    }

    private List<WaitingFile> waitingFiles() {
        return uploads.waitingFiles().stream().map(file -> new WaitingFile(file.name(),
                DownloadsController.size(file.sizeBytes()), file.receivedAt())).toList();
    }

    static String tooLargeMessage(DataSize limit) {
        return "Die Dateien sind zu groß: höchstens " + limit.toMegabytes() + " MB auf einmal. Bitte einzeln "
                + "hochladen oder große Arbeitsmappen aufteilen.";
    }

}
