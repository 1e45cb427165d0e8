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

    private GraphFolder() {
    }

    /** The graph version of an extract with these settings: 16 hex digits of its SHA-256, and the settings. */
    static String version(Path osmFile, int minNetworkSize) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(osmFile), sha256())) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // reading feeds the digest
            }
            byte[] hash = ((DigestInputStream) in).getMessageDigest().digest();
            return HexFormat.of().formatHex(hash, 0, 8) + "-p" + WalkingNetwork.PROFILE_VERSION + "-n" + minNetworkSize;
        } catch (IOException e) {
            throw new RoutingException("Die OSM-Datei (schulplatz.routing.osm-file) lässt sich nicht lesen: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * The network of this version, built first when its folder does not exist yet; folders of other versions
     * are removed once the new one is complete.
     */
    static WalkingNetwork open(Path osmFile, Path directory, String version, int minNetworkSize, int maxSnapMetres) {
        try {
            Files.createDirectories(directory);
            Path folder = directory.resolve(version);
            try (FileChannel lockFile = FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
                if (Files.isDirectory(folder)) {
                    return WalkingNetwork.openOrBuild(osmFile, folder, minNetworkSize, maxSnapMetres);
                }
                Path building = directory.resolve(version + BUILDING);
                deleteTree(building);
                long started = System.nanoTime();
                try {
                    WalkingNetwork.openOrBuild(osmFile, building, minNetworkSize, maxSnapMetres).close();
                } catch (RuntimeException e) {
                    deleteTree(building);
                    throw new RoutingException("Das Fußwegenetz lässt sich aus der OSM-Datei (schulplatz.routing.osm-file) "
                            + "nicht bauen: " + e.getClass().getSimpleName() + "; das bisherige Netz bleibt erhalten", e);
                }
                Files.move(building, folder, StandardCopyOption.ATOMIC_MOVE);
                log.info("Foot network {} built in {} ms ({} bytes)", version, (System.nanoTime() - started) / 1_000_000,
                        size(folder));
                removeOtherVersions(directory, version);
                return WalkingNetwork.openOrBuild(osmFile, folder, minNetworkSize, maxSnapMetres);
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

    private static void removeOtherVersions(Path directory, String version) throws IOException {
        try (Stream<Path> folders = Files.list(directory)) {
            for (Path other : folders.filter(Files::isDirectory).toList()) {
                if (!other.getFileName().toString().equals(version)) {
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
