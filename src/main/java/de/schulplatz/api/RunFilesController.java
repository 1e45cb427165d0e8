package de.schulplatz.api;

import de.schulplatz.export.ExportService;
import de.schulplatz.export.RunFiles;
import de.schulplatz.operations.AuditLog;
import de.schulplatz.runs.PlanningRun;
import de.schulplatz.security.Account;
import de.schulplatz.security.ScopeDeniedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The files a run wrote (its output folder). The KI sees all; a Schulaufsicht only the Zuweisungen workbook
 * of its own authority, not placements.csv or the Fehlerbericht, which cover every authority. Listing and
 * lookup are {@link RunFiles}, shared with the workspace's Downloads page.
 */
@RestController
@ConditionalOnWebApplication
class RunFilesController {

    record RunFile(String name, long sizeBytes, String contentType) {
    }

    private final PublishedRuns publishedRuns;
    private final AuditLog audit;

    RunFilesController(PublishedRuns publishedRuns, AuditLog audit) {
        this.publishedRuns = publishedRuns;
        this.audit = audit;
    }

    @GetMapping("/api/runs/{id}/files")
    List<RunFile> files(@PathVariable long id, @AuthenticationPrincipal Account user) throws IOException {
        PlanningRun run = publishedRuns.resolve(id, user);
        return RunFiles.list(run, scope(user)).stream()
                .map(file -> new RunFile(file.name(), file.sizeBytes(), file.contentType()))
                .toList();
    }

    @GetMapping("/api/runs/{id}/files/{name}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable String name,
            @AuthenticationPrincipal Account user) throws IOException {
        PlanningRun run = publishedRuns.resolve(id, user);
        if (!RunFiles.readableBy(scope(user), name)) {
            throw new ScopeDeniedException("Keine Berechtigung für diese Datei; sichtbar ist nur "
                    + ExportService.authorityWorkbookName(user.schoolAuthority()));
        }
        RunFiles.RunFile file = RunFiles.find(run, name)
                .orElseThrow(() -> ApiException.notFound("Lauf " + id + " hat keine Datei „" + name + "“"));
        audit.record(user.getUsername(), "Datei heruntergeladen", "Lauf " + id + ": " + name, "ok");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(file.path()));
    }

    /** The authority a user's files are limited to; null for the KI. */
    static String scope(Account user) {
        return user.isSchoolAuthority() ? user.schoolAuthority() : null;
    }
}
