package de.schulplatz.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a document program (Chromium, LibreOffice) on files of a private working folder and waits for it. Its
 * output is never logged or put in a message: it may quote the document, which holds children's data.
 */
final class ExternalRenderer {

    /** The least time a program gets; a large document gets more, by its size ({@link #timeoutFor}). */
    private static final long MIN_TIMEOUT_SECONDS = 90;

    private ExternalRenderer() {
    }

    /**
     * How long a program may take for a document of this many bytes: a minute and a half, plus a second per
     * 20 KB (the letters of a whole Bezirk are tens of megabytes of HTML and take minutes).
     */
    static long timeoutFor(long bytes) {
        return MIN_TIMEOUT_SECONDS + bytes / 20_000;
    }

    /** @throws DocumentException naming the program only, when it is missing, fails or takes too long */
    static void run(String what, List<String> command, Path workingFolder, long timeoutSeconds) {
        Path program = Path.of(command.get(0));
        if (!Files.isExecutable(program)) {
            throw new DocumentException(what + ": " + program + " fehlt");
        }
        Process process = null;
        try {
            Path log = Files.createTempFile(workingFolder, "renderer", ".log");
            process = new ProcessBuilder(command).directory(workingFolder.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                throw new DocumentException(what + ": " + program.getFileName() + " hat nicht in " + timeoutSeconds
                        + " s geantwortet");
            }
            if (process.exitValue() != 0) {
                throw new DocumentException(what + ": " + program.getFileName() + " endete mit Code " + process.exitValue());
            }
        } catch (IOException e) {
            throw new DocumentException(what + ": " + program.getFileName() + " ließ sich nicht starten", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentException(what + ": unterbrochen", e);
        } finally {
            stop(process);
        }
    }

    /**
     * Ends what is left of a program that timed out or was interrupted, helpers included (Chromium's renderers,
     * LibreOffice's soffice.bin), before its working folder with the children's data is deleted.
     */
    private static void stop(Process process) {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A private folder for one document's working files; the caller deletes it ({@link #delete}). */
    static Path workingFolder() {
        try {
            return Files.createTempDirectory("schulplatz-dokument");
        } catch (IOException e) {
            throw new DocumentException("kein Arbeitsordner für Dokumente", e);
        }
    }

    static void delete(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // the folder lies in the system's temp folder, which is cleaned anyway
        }
    }

    static void writeHtml(Path file, String html) {
        try {
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DocumentException("Dokument kann nicht vorbereitet werden", e);
        }
    }
}
