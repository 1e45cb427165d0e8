package de.schulplatz.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.support.TestWorkbooks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * 20 API clients read placements while a run is started and solves, over real HTTP on a real port:
 * no request fails, none takes longer than the stated bound, and the run's result (the exact minimum of
 * unassigned pupils and the hard score) equals that of the same planning without load. A context of its
 * own (a server port), closed afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "schulplatz.files.inbox=target/test-files/load/inbox",
        "schulplatz.files.archive=target/test-files/load/archive",
        "schulplatz.files.outbox=target/test-files/load/outbox"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LoadTest {

    /** The stated bound for one read while a run is solving on a shared 2-core machine (docs/operations.md). */
    static final Duration SLOWEST_ALLOWED = Duration.ofSeconds(10);
    private static final int CLIENTS = 20;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void twentyReadersDuringARunSeeNoErrorAndTheRunGivesTheSameResult() throws Exception {
        TestWorkbooks.copySampleData(Path.of("target/test-files/load/inbox"));
        Map<String, Object> quiet = runAndWait();

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicLong slowestMillis = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> readers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String user = i % 2 == 0 ? "schulamt:Test-Schulamt-2026" : "beratung:Test-Beratung-2026";
            readers.add(clients.submit(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    int status = get("/api/placements", user);
                    slowestMillis.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                    requests.incrementAndGet();
                    if (status != 200) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        Map<String, Object> loaded;
        try {
            loaded = runAndWait();
        } finally {
            running.set(false);
            for (Future<?> reader : readers) {
                reader.get();
            }
            clients.shutdown();
        }

        assertThat(requests.get()).isGreaterThan(CLIENTS);
        assertThat(failures.get()).isZero();
        assertThat(Duration.ofMillis(slowestMillis.get())).isLessThan(SLOWEST_ALLOWED);
        assertThat(loaded.get("hard_score")).isEqualTo(0L).isEqualTo(quiet.get("hard_score"));
        assertThat(loaded.get("bound_unassigned")).isEqualTo(quiet.get("bound_unassigned"));
        assertThat(loaded.get("unassigned")).isEqualTo(loaded.get("bound_unassigned")).isEqualTo(quiet.get("unassigned"));
    }

    /** Starts a run through the API and waits until it is published. */
    private Map<String, Object> runAndWait() throws Exception {
        HttpRequest start = HttpRequest.newBuilder(uri("/api/runs")).POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", basic("admin:Test-Admin-2026")).build();
        assertThat(http.send(start, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(202);
        int before = jdbc.queryForObject("SELECT count(*) FROM planning_run WHERE published_at IS NOT NULL", Integer.class);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)
                && jdbc.queryForObject("SELECT count(*) FROM planning_run WHERE published_at IS NOT NULL",
                        Integer.class) == before) {
            Thread.sleep(200);
        }
        return jdbc.queryForMap("""
                SELECT r.hard_score, r.bound_unassigned,
                       (SELECT count(*)::int FROM placement p WHERE p.run_id = r.id AND p.status = 'NICHT_ZUGEWIESEN')
                           AS unassigned
                FROM planning_run r WHERE r.published_at IS NOT NULL ORDER BY r.id DESC LIMIT 1""");
    }

    private int get(String path, String user) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(SLOWEST_ALLOWED.multipliedBy(2))
                    .header("Authorization", basic(user)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    }
}
