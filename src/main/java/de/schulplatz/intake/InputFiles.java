package de.schulplatz.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of an input folder or of the inbox that a run reads, in the order they arrived: the one rule
 * for the import, the inbox and the workspace's list of waiting files. Hidden files (a leading dot, e.g. the
 * upload's staging folder) and Excel's lock files ("~$…") are no inputs. A file's arrival is its
 * modification time, which the workspace sets to the moment of the upload and the inbox keeps when it
 * archives the file; files arrived at the same moment are in name order.
 */
public final class InputFiles {

    /** Oldest first. */
    public static final Comparator<Path> ARRIVAL = Comparator.comparing(InputFiles::receivedAt)
            .thenComparing(path -> path.getFileName().toString());

    private InputFiles() {
    }

    /** The regular files of the folder a run would read, oldest first; none when the folder is missing. */
    public static List<Path> in(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> stream = Files.list(folder)) {
            return stream.filter(Files::isRegularFile).filter(InputFiles::isInput).sorted(ARRIVAL).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** When the file arrived: its modification time. */
    public static Instant receivedAt(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of the file's bytes, in hex: how the inbox recognises content it has seen before. */
    public static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isInput(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith(".") && !name.startsWith("~$");
    }
}
