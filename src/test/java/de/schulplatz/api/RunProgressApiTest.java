package de.schulplatz.api;

import static de.schulplatz.security.TestUsers.BERATUNG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.schulplatz.batch.PlacementRunner;
import de.schulplatz.batch.RunLock;
import de.schulplatz.security.TestUsers;
import de.schulplatz.support.Await;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.TestWorkbooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/runs/{id} of a run that really runs: its step, time and the solver's best plan so far. */
@DatabaseTest
class RunProgressApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    PlacementRunner runner;
    @Autowired
    RunLock lock;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @Test
    void theStatusOfARunningRunShowsItsLiveProgressAndNoneOnceItEnded() throws Exception {
        DatabaseCleaner.clean(jdbc);
        MockMvc mvc = TestUsers.mockMvc(context);
        Path input = TestWorkbooks.copySampleData(temp.resolve("in"));
        runner.start(LocalDate.of(2026, 11, 21), number -> new PlacementRunner.RunFolders(input, temp.resolve("out")));
        long runId = Await.until(Duration.ofSeconds(60), () -> jdbc.queryForList("SELECT id FROM planning_run",
                Long.class).stream().findFirst().orElse(null));

        JsonNode solving = Await.until(Duration.ofSeconds(60), () -> {
            JsonNode status = status(mvc, runId);
            JsonNode progress = status.get("progress");
            return progress != null && "solveStep".equals(progress.get("phase").asString())
                    && !progress.get("bestScore").isNull() ? status : null;
        });

        JsonNode progress = solving.get("progress");
        assertThat(solving.get("status").asString()).isEqualTo("STARTED");
        assertThat(progress.get("bestScore").asString()).matches("(-?\\d+hard/)?-?\\d+medium/-?\\d+soft");
        assertThat(progress.get("placed").asInt() + progress.get("unassigned").asInt()).isEqualTo(300);
        assertThat(progress.get("elapsedSeconds").isNumber()).isTrue();
        // where it stands: step 4 of 5 (solving), a share done between the imports and the export, and the
        // most the solver still takes
        assertThat(progress.get("stepNumber").asInt()).isEqualTo(4);
        assertThat(progress.get("stepCount").asInt()).isEqualTo(5);
        assertThat(progress.get("percentDone").asInt()).isBetween(60, 80);
        assertThat(progress.get("atMostSecondsLeft").asLong()).isNotNegative();

        runner.stop(runId);
        Await.until(Duration.ofSeconds(60), () -> lock.isHeldHere() ? null : Boolean.TRUE);
        JsonNode ended = status(mvc, runId);
        assertThat(ended.get("status").asString()).isEqualTo("STOPPED");
        JsonNode after = ended.get("progress");
        assertThat(after == null || after.isNull()).as("no progress once ended").isTrue();
    }

    private static JsonNode status(MockMvc mvc, long runId) {
        try {
            String body = mvc.perform(get("/api/runs/" + runId).with(BERATUNG.login())).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            return JsonMapper.builder().build().readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
