package de.schulplatz.api;

import static de.schulplatz.security.TestUsers.BERATUNG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.schulplatz.batch.RunLock;
import de.schulplatz.audit.AuditLog;
import de.schulplatz.operations.FileSettings;
import de.schulplatz.security.TestUsers;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.TestWorkbooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * POST /api/runs really starts a run in the background and answers at once; the run takes the sample
 * data from the inbox, completes and writes its lists to the outbox. What a run computes is tested in the
 * batch and operations tests.
 */
@DatabaseTest
class RunStartApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    RunLock lock;
    @Autowired
    FileSettings folders;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void clean() throws IOException {
        DatabaseCleaner.clean(jdbc);
        for (Path folder : List.of(folders.inbox(), folders.archive(), folders.outbox())) {
            // Never empty a real service folder: the test profile puts them under target/.
            assertThat(folder.toAbsolutePath().normalize().toString()).contains("/target/");
            if (Files.exists(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }
    }

    @Test
    void aStartIsAnsweredWith202AndTheRunAppearsInTheList() throws Exception {
        MockMvc mvc = TestUsers.mockMvc(context);
        TestWorkbooks.copySampleData(folders.inbox());

        mvc.perform(post("/api/runs").with(BERATUNG.login()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.planningDate").value(LocalDate.now().toString()))
                .andExpect(jsonPath("$.runNumber").value(1));

        // The background run holds the run lock of this process until it ends.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (lock.isHeldHere() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(lock.isHeldHere()).as("run ended").isFalse();
        mvc.perform(get("/api/runs").with(BERATUNG.login()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].runNumber").value(1))
                .andExpect(jsonPath("$[0].status").value("COMPLETED"))
                .andExpect(jsonPath("$[0].placed").value(org.hamcrest.Matchers.greaterThan(250)));
        Path outbox = folders.outbox().resolve(LocalDate.now().toString()).resolve("run-1");
        assertThat(outbox.resolve("placements.csv")).exists();
        assertThat(outbox.resolve("Zuweisungen_Schulamt_fuer_den_Kreis_Lippe.xlsx")).exists();
        assertThat(audit.recent(20)).filteredOn(e -> e.action().equals("Lauf gestartet"))
                .extracting(AuditLog.Event::username, AuditLog.Event::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple("beratung", "gestartet"));
    }
}
