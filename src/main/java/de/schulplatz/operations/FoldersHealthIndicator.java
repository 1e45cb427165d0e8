package de.schulplatz.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import java.util.Map;

/**
 * Health of the service's folders ({@code /actuator/health/folders}): inbox and outbox exist, are
 * writable and have room left, because a night without them produces no lists.
 */
@Component("folders")
class FoldersHealthIndicator extends AbstractHealthIndicator {

    /** Below this the outbox cannot hold many more nights of lists. */
    static final long MIN_FREE_BYTES = 100L * 1024 * 1024;

    private final FileSettings folders;

    FoldersHealthIndicator(FileSettings folders) {
        this.folders = folders;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws IOException {
        boolean healthy = true;
        for (var entry : Map.of("inbox", folders.inbox(), "outbox", folders.outbox()).entrySet()) {
            Path folder = entry.getValue();
            Files.createDirectories(folder);
            long free = Files.getFileStore(folder).getUsableSpace();
            boolean writable = Files.isWritable(folder);
            builder.withDetail(entry.getKey(), Map.of("path", folder.toAbsolutePath().toString(),
                    "writable", writable, "freeBytes", free));
            healthy &= writable && free >= MIN_FREE_BYTES;
        }
        if (healthy) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
