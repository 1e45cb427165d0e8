package de.schulplatz.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file under a temporary name and moves it into place only when complete, so that a
 * reader (or a mail robot) never picks up half a workbook.
 */
final class OutputFiles {

    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFiles() {
    }

    static Path write(Path folder, String fileName, Content content) {
        Path target = folder.resolve(fileName);
        Path temporary = folder.resolve("." + fileName + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
            throw new UncheckedIOException("Ausgabedatei " + target + " kann nicht geschrieben werden: "
                    + e.getMessage(), e);
        }
    }
}
