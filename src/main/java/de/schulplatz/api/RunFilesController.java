package de.schulplatz.api;

import de.schulplatz.export.ExportService;
import de.schulplatz.operations.AuditLog;
import de.schulplatz.runs.PlanningRun;
import de.schulplatz.security.Account;
import de.schulplatz.security.ScopeDeniedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
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
 * of its own authority, not placements.csv or the Fehlerbericht, which cover every authority. Downloads are
 * served only for names found by listing the folder, never for a path built from the request.
 */
@RestController
@ConditionalOnWebApplication
class RunFilesController {

    record RunFile(String name, long sizeBytes, String contentType) {
    }

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PublishedRuns publishedRuns;
    private final AuditLog audit;

    RunFilesController(PublishedRuns publishedRuns, AuditLog audit) {
        this.publishedRuns = publishedRuns;
        this.audit = audit;
    }

    @GetMapping("/api/runs/{id}/files")
    List<RunFile> files(@PathVariable long id, @AuthenticationPrincipal Account user) throws IOException {
        PlanningRun run = publishedRuns.resolve(id, user);
        return list(run).stream().filter(file -> mayRead(user, file.getFileName().toString()))
                .map(file -> new RunFile(file.getFileName().toString(), size(file), contentType(file).toString()))
                .toList();
    }

    @GetMapping("/api/runs/{id}/files/{name}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable String name,
            @AuthenticationPrincipal Account user) throws IOException {
        PlanningRun run = publishedRuns.resolve(id, user);
        if (!mayRead(user, name)) {
            throw new ScopeDeniedException("Keine Berechtigung für diese Datei; sichtbar ist nur "
                    + ExportService.authorityWorkbookName(user.schoolAuthority()));
        }
        Path file = list(run).stream().filter(p -> p.getFileName().toString().equals(name)).findFirst()
                .orElseThrow(() -> ApiException.notFound("Lauf " + id + " hat keine Datei „" + name + "“"));
        Path folder = Path.of(run.outputDir()).toRealPath();
        if (!file.toRealPath().getParent().equals(folder)) {
            // A link pointing out of the run's folder: never follow it.
            throw ApiException.notFound("Lauf " + id + " hat keine Datei „" + name + "“");
        }
        audit.record(user.getUsername(), "Datei heruntergeladen", "Lauf " + id + ": " + name, "ok");
        return ResponseEntity.ok()
                .contentType(contentType(file))
                .contentLength(size(file))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(file));
    }

    private static boolean mayRead(Account user, String fileName) {
        return !user.isSchoolAuthority() || fileName.equals(ExportService.authorityWorkbookName(user.schoolAuthority()));
    }

    /** Complete output files; files being written have a leading dot until they are moved into place. */
    private static List<Path> list(PlanningRun run) throws IOException {
        if (run.outputDir() == null) {
            return List.of();
        }
        Path folder = Path.of(run.outputDir());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    static MediaType contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XLSX;
        } else if (name.endsWith(".csv")) {
            return CSV;
        } else if (name.endsWith(".json")) {
            return MediaType.APPLICATION_JSON;
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }
}
