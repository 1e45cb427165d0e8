package de.schulplatz.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.schulplatz.batch.PlacementRunner;
import de.schulplatz.batch.RunLock;
import de.schulplatz.runs.RunProgress;
import de.schulplatz.support.Await;
import java.time.Duration;
import de.schulplatz.security.AccountDirectory;
import de.schulplatz.security.TestUsers;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.SampleRuns;
import de.schulplatz.support.TestWorkbooks;
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
    RunProgress progress;
    @Autowired
    RunLock lock;
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
    void aFailedRunOlderThanThePublishedOneIsNotOfferedForContinuingAndIsRefused() throws Exception {
        Path broken = Files.createDirectories(temp.resolve("in-kaputt"));
        Files.writeString(broken.resolve("schulen.xlsx"), "keine Arbeitsmappe", StandardCharsets.UTF_8);
        long old = runner.run(broken, temp.resolve("out-alt"), LocalDate.of(2026, 11, 21)).getJobInstanceId();
        JobExecution newer = runner.run(TestWorkbooks.copySampleData(temp.resolve("in")), temp.resolve("out"),
                LocalDate.of(2026, 11, 21));
        assertThat(newer.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(page("beratung")).doesNotContain("fortsetzen-" + old).contains("id=\"ueberholt-" + old + "\"");
        mvc.perform(get("/api/runs").with(TestUsers.BERATUNG.login()))
                .andExpect(jsonPath("$[1].id").value(old))
                .andExpect(jsonPath("$[1].restartable").value(false));
        mvc.perform(post("/laeufe/" + old + "/fortsetzen").with(as("beratung")).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("Lauf " + old + " ist überholt")));
        mvc.perform(post("/api/runs/" + old + "/restart").with(TestUsers.ADMIN.login()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(containsString("Bitte einen neuen Planungslauf starten.")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM batch_job_execution WHERE job_instance_id = ?",
                Integer.class, old)).isEqualTo(1);
    }

    @Test
    void anhaltenSavesThePlanAndPublishesNothingAsPageAndAnswerSay() throws Exception {
        Path input = TestWorkbooks.copySampleData(temp.resolve("in"));
        Path output = temp.resolve("out");
        long runId = SampleRuns.startAndAwaitSolving(runner, progress, jdbc, input, output, LocalDate.of(2026, 11, 21));

        assertThat(page("beratung")).contains("id=\"lauf-anhalten\"").contains("Veröffentlicht wird noch nichts: "
                + "erst „Fortsetzen“ schreibt aus diesem Plan die Listen.").doesNotContain("die Listen geschrieben");
        mvc.perform(post("/laeufe/" + runId + "/anhalten").with(as("beratung")).with(csrf()))
                .andExpect(flash().attribute("notice", "Lauf " + runId + " wird angehalten; der beste bisherige Plan "
                        + "wird gespeichert, aber nicht veröffentlicht: die Listen schreibt erst das Fortsetzen des Laufs"));
        Await.until(Duration.ofSeconds(60), () -> lock.isHeldHere() ? null : Boolean.TRUE);

        assertThat(runner.lastStatus(runId)).isEqualTo(BatchStatus.STOPPED);
        assertThat(output).satisfiesAnyOf(folder -> assertThat(folder).doesNotExist(),
                folder -> assertThat(folder).isEmptyDirectory());
        assertThat(jdbc.queryForObject("SELECT published_at IS NULL FROM planning_run WHERE id = ?", Boolean.class,
                runId)).isTrue();
        assertThat(page("beratung")).contains("id=\"fortsetzen-" + runId + "\"");
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
