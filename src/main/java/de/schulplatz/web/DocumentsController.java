package de.schulplatz.web;

import de.schulplatz.audit.AuditLog;
import de.schulplatz.documents.DocumentException;
import de.schulplatz.export.ExportService;
import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.planning.PlacementRepository.PlacementVersion;
import de.schulplatz.planning.PublishedRuns;
import de.schulplatz.security.Account;
import de.schulplatz.security.ScopeDeniedException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Documents on demand: a child's family letter from its page (for the placement the page shows), and a run's
 * documents written again from the Downloads page (after the KI edited a letter text, or when a program was
 * missing at the export).
 */
@Controller
@ConditionalOnWebApplication
class DocumentsController {

    private final ExportService export;
    private final PlacementRepository placements;
    private final PublishedRuns publishedRuns;
    private final AuditLog audit;

    DocumentsController(ExportService export, PlacementRepository placements, PublishedRuns publishedRuns,
            AuditLog audit) {
        this.export = export;
        this.placements = placements;
        this.publishedRuns = publishedRuns;
        this.audit = audit;
    }

    @GetMapping("/schueler/{caseNumber}/elternbrief.pdf")
    ResponseEntity<byte[]> familyLetter(@PathVariable String caseNumber, @AuthenticationPrincipal Account user) {
        if (user.isSchoolAuthority() && !publishedRuns.isOnOwnPublishedList(caseNumber, user)) {
            throw new ScopeDeniedException("Fall " + caseNumber + " steht nicht auf der zuletzt veröffentlichten "
                    + "Liste von „" + user.schoolAuthority() + "“");
        }
        List<PlacementVersion> versions = placements.history(caseNumber).stream()
                .filter(v -> !user.isSchoolAuthority() || v.publishedAt() != null).toList();
        if (versions.isEmpty()) {
            throw WorkspaceErrors.PageException.notFound("Fall " + caseNumber + " ist in keinem Plan");
        }
        long runId = versions.get(versions.size() - 1).runId();
        byte[] pdf;
        try {
            pdf = export.familyLetter(runId, caseNumber).orElseThrow(() -> WorkspaceErrors.PageException.notFound(
                    "Fall " + caseNumber + " hat in Lauf " + runId + " keinen Schulplatz; ein Elternbrief gibt es erst mit Platz"));
        } catch (DocumentException e) {
            throw WorkspaceErrors.PageException.unavailable("Elternbrief nicht möglich: " + e.getMessage());
        }
        audit.record(user.getUsername(), "Elternbrief erstellt", "Fall " + caseNumber + ", Lauf " + runId, "ok");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("Elternbrief_" + caseNumber + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    @PostMapping("/downloads/{run}/dokumente")
    String rewrite(@PathVariable long run, @AuthenticationPrincipal Account user, RedirectAttributes redirect) {
        List<String> notWritten = export.rewriteDocuments(run);
        audit.record(user.getUsername(), "Dokumente neu erstellt", "Lauf " + run,
                notWritten.isEmpty() ? "ok" : notWritten.size() + " nicht erstellt");
        if (notWritten.isEmpty()) {
            redirect.addFlashAttribute("notice", "Dokumente von Lauf " + run + " neu erstellt.");
        } else {
            redirect.addFlashAttribute("problem", "Nicht erstellt: " + String.join("; ", notWritten));
        }
        return "redirect:/downloads";
    }
}
