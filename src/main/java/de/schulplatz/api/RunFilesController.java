package de.schulplatz.api;

import de.schulplatz.planning.PublishedRuns;
import de.schulplatz.export.RunFileDownloads;

import de.schulplatz.export.RunFiles;
import de.schulplatz.runs.PlanningRun;
import de.schulplatz.security.Account;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
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
    private final RunFileDownloads downloads;

    RunFilesController(PublishedRuns publishedRuns, RunFileDownloads downloads) {
        this.publishedRuns = publishedRuns;
        this.downloads = downloads;
    }

    @GetMapping("/api/runs/{id}/files")
    List<RunFile> files(@PathVariable long id, @AuthenticationPrincipal Account user) throws IOException {
        PlanningRun run = publishedRuns.resolve(id, user);
        return RunFiles.list(run, RunFileDownloads.scope(user)).stream()
                .map(file -> new RunFile(file.name(), file.sizeBytes(), file.contentType()))
                .toList();
    }

    @GetMapping("/api/runs/{id}/files/{name}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable String name,
            @AuthenticationPrincipal Account user) throws IOException {
        return downloads.download(id, name, user);
    }
}
