package de.schulplatz.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graph folders under the routing directory: one per graph version, named by it. The version is the
 * extract's content hash with the network's settings, so a changed extract (or setting) gets a folder and a
 * route store of its own, and routes of another map are never reused. A graph is built into a temporary
 * folder and renamed when complete, under a file lock, so that a second process waits instead of building
 * too, and a failed build leaves the previous graph in place.
 */
final class GraphFolder {

    private static final Logger log = LoggerFactory.getLogger(GraphFolder.class);
    private static final String BUILDING = ".building";
    static final String TRANSIT = "transit-";

    private GraphFolder() {
    }

    /** The graph version of an extract with these settings: 16 hex digits of its SHA-256, and the settings. */
    static String version(Path osmFile, int minNetworkSize) {
        try {
            return hash(osmFile) + "-p" + WalkingNetwork.PROFILE_VERSION + "-n" + minNetworkSize;
        } catch (IOException e) {
            throw new RoutingException("Die OSM-Datei (schulplatz.routing.osm-file) lässt sich nicht lesen: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /** 16 hex digits of the SHA-256 of a file, or of a folder's files in name order (a GTFS feed unpacked). */
    static String hash(Path fileOrFolder) throws IOException {
        MessageDigest digest = sha256();
        List<Path> files;
        if (Files.isDirectory(fileOrFolder)) {
            try (Stream<Path> list = Files.list(fileOrFolder)) {
                files = list.filter(Files::isRegularFile).sorted().toList();
            }
        } else {
            files = List.of(fileOrFolder);
        }
        byte[] buffer = new byte[1 << 16];
        for (Path file : files) {
            digest.update(file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                while (in.read(buffer) >= 0) {
                    // reading feeds the digest
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    /**
     * The network of this version, built first when its folder does not exist yet; folders of other versions
     * of the same kind (the version's prefix up to the first "-" after {@code kind}) are removed once the new one
     * is complete.
     *
     * @param openOrBuild opens the network in a folder, building it there when the folder holds none
     */
    static <N extends AutoCloseable> N open(Path directory, String version, Function<Path, N> openOrBuild) {
        try {
            Files.createDirectories(directory);
            Path folder = directory.resolve(version);
            try (FileChannel lockFile = FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
                if (Files.isDirectory(folder)) {
                    return openOrBuild.apply(folder);
                }
                Path building = directory.resolve(version + BUILDING);
                deleteTree(building);
                long started = System.nanoTime();
                try {
                    openOrBuild.apply(building).close();
                } catch (Exception e) {
                    deleteTree(building);
                    throw new RoutingException("Das Netz lässt sich aus der OSM-Datei (schulplatz.routing.osm-file) "
                            + "bzw. dem Fahrplan (schulplatz.transit.gtfs-file) nicht bauen: " + e.getClass().getSimpleName()
                            + "; das bisherige Netz bleibt erhalten", e);
                }
                Files.move(building, folder, StandardCopyOption.ATOMIC_MOVE);
                log.info("Network {} built in {} ms ({} bytes)", version, (System.nanoTime() - started) / 1_000_000,
                        size(folder));
                removeOtherVersions(directory, version);
                return openOrBuild.apply(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes of a graph folder, for the measurements. */
    static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the other versions of the same kind: walking networks, or transit networks ("transit-…"). */
    private static void removeOtherVersions(Path directory, String version) throws IOException {
        boolean transit = version.startsWith(TRANSIT);
        try (Stream<Path> folders = Files.list(directory)) {
            for (Path other : folders.filter(Files::isDirectory).toList()) {
                String name = other.getFileName().toString();
                if (!name.equals(version) && name.startsWith(TRANSIT) == transit) {
                    deleteTree(other);
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
