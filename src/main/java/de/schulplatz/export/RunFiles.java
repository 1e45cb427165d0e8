package de.schulplatz.export;

import de.schulplatz.runs.PlanningRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files a run wrote into its output folder, as the API and the workspace serve them. A file is only
 * ever found by listing the folder, never by a path built from a request, and a link that leads out of the
 * folder is never followed. Who sees what: the KI every file; a Schulaufsicht only the Zuweisungen (or
 * Uebergaenge) workbook of its own authority, because placements.csv and the Fehlerbericht cover every
 * authority.
 */
public final class RunFiles {

    /** One complete output file; {@code sizeBytes} is -1 when the file vanished while being listed. */
    public record RunFile(String name, long sizeBytes, Path path) {

        public String contentType() {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xlsx")) {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            } else if (lower.endsWith(".csv")) {
                return "text/csv;charset=UTF-8";
            } else if (lower.endsWith(".json")) {
                return "application/json";
            } else if (lower.endsWith(".pdf")) {
                return "application/pdf";
            }
            return "application/octet-stream";
        }
    }

    private RunFiles() {
    }

    /**
     * Whether a reader may have this file.
     *
     * @param schoolAuthority the Schulaufsicht the reader is limited to; null for the KI (all files)
     */
    public static boolean readableBy(String schoolAuthority, String fileName) {
        if (schoolAuthority == null) {
            return true;
        }
        String stem = java.util.regex.Pattern.quote(AuthorityList.fileStem(schoolAuthority));
        return fileName.equals(ExportService.authorityWorkbookName(schoolAuthority))
                || fileName.equals(ExportService.transitionWorkbookName(schoolAuthority))
                || fileName.matches("(Zuweisungen|Elternbriefe|Schulbriefe)_" + stem + "\\.pdf")
                || fileName.matches("SVWS_" + stem + "_\\d{6}\\.csv");
    }

    /** The run's complete output files the reader may have, by name. */
    public static List<RunFile> list(PlanningRun run, String schoolAuthority) throws IOException {
        return all(run).stream().filter(file -> readableBy(schoolAuthority, file.name())).toList();
    }

    /**
     * The output file of that name, if the run has it and it really lies in the run's folder. Says nothing
     * about who may read it: check {@link #readableBy} first, so a refusal is not mistaken for absence.
     */
    public static Optional<RunFile> find(PlanningRun run, String name) throws IOException {
        Optional<RunFile> file = all(run).stream().filter(f -> f.name().equals(name)).findFirst();
        if (file.isEmpty()) {
            return file;
        }
        Path folder = Path.of(run.outputDir()).toRealPath();
        if (!file.get().path().toRealPath().getParent().equals(folder)) {
            // Listing skips links; this also catches a file replaced by a link after it was listed.
            return Optional.empty();
        }
        return file;
    }

    /** Complete files only: a file being written has a leading dot until it is moved into place. */
    private static List<RunFile> all(PlanningRun run) throws IOException {
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
                    .map(p -> new RunFile(p.getFileName().toString(), size(p), p))
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
}
