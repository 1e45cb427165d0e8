package de.schulplatz.export;

import de.schulplatz.planning.PublishedRuns;

import de.schulplatz.requests.RequestRefusedException;
import de.schulplatz.export.ExportService;
import de.schulplatz.export.RunFiles;
import de.schulplatz.audit.AuditLog;
import de.schulplatz.runs.PlanningRun;
import de.schulplatz.security.Account;
import de.schulplatz.security.ScopeDeniedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * One download of a run's output file, for the API and the workspace alike: the run as the user may see it,
 * a Schulaufsicht only its own workbook (403), the file only if listed in the run's folder (404), audited.
 */
@Component
@ConditionalOnWebApplication
public class RunFileDownloads {

    private final PublishedRuns publishedRuns;
    private final AuditLog audit;

    RunFileDownloads(PublishedRuns publishedRuns, AuditLog audit) {
        this.publishedRuns = publishedRuns;
        this.audit = audit;
    }

    public ResponseEntity<Resource> download(long runId, String name, Account user) throws IOException {
        PlanningRun run = publishedRuns.resolve(runId, user);
        if (!RunFiles.readableBy(scope(user), name)) {
            throw new ScopeDeniedException("Keine Berechtigung für diese Datei; sichtbar sind nur die Dateien für „"
                    + user.schoolAuthority() + "“, z. B. " + ExportService.authorityWorkbookName(user.schoolAuthority()));
        }
        RunFiles.RunFile file = RunFiles.find(run, name)
                .orElseThrow(() -> RequestRefusedException.notFound("Lauf " + runId + " hat keine Datei „" + name + "“"));
        audit.record(user.getUsername(), "Datei heruntergeladen", "Lauf " + runId + ": " + name, "ok");
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        if (file.sizeBytes() >= 0) {
            // Unknown (-1) when the file vanished after the listing; the body then fails on its own.
            response.contentLength(file.sizeBytes());
        }
        return response.body(new FileSystemResource(file.path()));
    }

    /** The authority a user's files are limited to; null for the KI, which sees every file. */
    public static String scope(Account user) {
        return user.isSchoolAuthority() ? user.schoolAuthority() : null;
    }
}
