package de.schulplatz.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.schulplatz.batch.PlacementRunner;
import de.schulplatz.security.AccountDirectory;
import de.schulplatz.security.TestUsers;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/** Übersicht: a failed run can be continued from the page by the KI, not by a Schulaufsicht. */
@DatabaseTest
class OverviewPageTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    PlacementRunner runner;
    @Autowired
    AccountDirectory accounts;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    MockMvc mvc;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
        mvc = TestUsers.mockMvc(context);
    }

    @Test
    void aFailedRunOffersToContinueAndContinuingRunsItAgain() throws Exception {
        Path input = Files.createDirectories(temp.resolve("in"));
        // A "workbook" that is none: the first step fails before anything is imported.
        Files.writeString(input.resolve("schulen.xlsx"), "keine Arbeitsmappe", StandardCharsets.UTF_8);
        JobExecution failed = runner.run(input, temp.resolve("out"), LocalDate.of(2026, 11, 21));
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        long runId = failed.getJobInstanceId();

        String page = page("beratung");
        assertThat(page).contains("id=\"fortsetzen-" + runId + "\"").contains("gescheitert");
        assertThat(page("schulamt")).doesNotContain("fortsetzen-");

        mvc.perform(post("/laeufe/" + runId + "/fortsetzen").with(as("beratung")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", containsString("Lauf " + runId + " ist beim Fortsetzen wieder "
                        + "gescheitert")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM batch_job_execution WHERE job_instance_id = ?",
                Integer.class, runId)).isEqualTo(2);

        mvc.perform(post("/laeufe/" + runId + "/fortsetzen").with(as("schulamt")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void stoppingARunThatIsNotRunningIsRefusedInGerman() throws Exception {
        Path input = Files.createDirectories(temp.resolve("in"));
        Files.writeString(input.resolve("schulen.xlsx"), "keine Arbeitsmappe", StandardCharsets.UTF_8);
        long runId = runner.run(input, temp.resolve("out"), LocalDate.of(2026, 11, 21)).getJobInstanceId();

        mvc.perform(post("/laeufe/" + runId + "/anhalten").with(as("admin")).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("läuft nicht")));
        mvc.perform(post("/laeufe/" + runId + "/anhalten").with(as("schulamt")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/laeufe/" + runId + "/anhalten").with(as("admin")))
                .andExpect(status().isForbidden());
    }

    private String page(String username) throws Exception {
        return mvc.perform(get("/").with(as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
