package de.schulplatz.web;

import de.schulplatz.export.RunFileDownloads;
import de.schulplatz.export.RunFiles;
import de.schulplatz.runs.PlanningRun;
import de.schulplatz.runs.RunRepository;
import de.schulplatz.security.Account;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads: the output files of the recent runs. Same rules as the API's file endpoints (shared through
 * {@link RunFiles}): a Schulaufsicht sees published runs only and in them only its own Zuweisungen workbook.
 */
@Controller
@ConditionalOnWebApplication
class DownloadsController {

    static final int RECENT_RUNS = 20;
    /** Runs looked at to find the recent ones with files; failed runs before the export have none. */
    private static final int RUNS_SEARCHED = 200;

    record FileRow(String name, String description, String size) {
    }

    record RunRow(PlanningRun run, List<FileRow> files) {
    }

    private final RunRepository runs;
    private final RunFileDownloads downloads;

    DownloadsController(RunRepository runs, RunFileDownloads downloads) {
        this.runs = runs;
        this.downloads = downloads;
    }

    @GetMapping("/downloads")
    String downloads(@AuthenticationPrincipal Account user, Model model) throws IOException {
        String scope = RunFileDownloads.scope(user);
        List<RunRow> rows = new ArrayList<>();
        for (PlanningRun run : runs.recent(RUNS_SEARCHED)) {
            if (rows.size() == RECENT_RUNS) {
                break;
            }
            if (run.outputDir() == null || (user.isSchoolAuthority() && run.publishedAt() == null)) {
                continue;
            }
            List<FileRow> files = RunFiles.list(run, scope).stream()
                    .map(file -> new FileRow(file.name(), describe(file.name()), size(file.sizeBytes())))
                    .toList();
            if (!files.isEmpty()) {
                rows.add(new RunRow(run, files));
            }
        }
        model.addAttribute("runs", rows);
        return "downloads";
    }

    @GetMapping("/downloads/{run}/{name}")
    ResponseEntity<Resource> download(@PathVariable long run, @PathVariable String name,
            @AuthenticationPrincipal Account user) throws IOException {
        return downloads.download(run, name, user);
    }

    static String describe(String name) {
        if (name.startsWith("Zuweisungen_") && name.endsWith(".xlsx")) {
            return "Zuweisungsliste für die Schulaufsicht";
        }
        if (name.startsWith("Uebergaenge_") && name.endsWith(".xlsx")) {
            return "Übergänge in Regelklassen für die Schulaufsicht";
        }
        if (name.startsWith("Zuweisungen_") && name.endsWith(".pdf")) {
            return "Zuweisungsliste druckfertig (PDF)";
        }
        if (name.startsWith("Elternbriefe_")) {
            return "Briefe an die Familien, deutsch und in der Familiensprache (PDF)";
        }
        if (name.startsWith("Schulbriefe_")) {
            return "Briefe an die Schulen mit ihren Kindern (PDF)";
        }
        if (name.startsWith("SVWS_")) {
            return "Übergabe an die Schulverwaltung (SVWS-Import) der Schule " + name.replaceAll(".*_(\\d{6})\\.csv$", "$1");
        }
        return switch (name) {
            case "placements.csv" -> "alle Zuweisungen als CSV";
            case "Fehlerbericht.xlsx" -> "abgelehnte Zeilen und Hinweise der Eingaben";
            case "run-summary.json" -> "Kennzahlen des Laufs (JSON)";
            default -> "";
        };
    }

    /** German size with one decimal, e.g. "12,3 KB". */
    static String size(long bytes) {
        if (bytes < 0) {
            return "–";
        }
        if (bytes < 1024) {
            return bytes + " Byte";
        }
        DecimalFormat oneDecimal = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        if (bytes < 1024 * 1024) {
            return oneDecimal.format(bytes / 1024.0) + " KB";
        }
        return oneDecimal.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
