package de.schulplatz.web;

import static de.schulplatz.security.TestUsers.SCHULAMT_LIPPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.schulplatz.batch.PlacementRunner;
import de.schulplatz.overrides.Override;
import de.schulplatz.overrides.OverrideAction;
import de.schulplatz.overrides.OverrideRepository;
import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.planning.PlacementStatus;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.security.AccountDirectory;
import de.schulplatz.security.TestUsers;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.SampleRuns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/**
 * The Schulaufsicht decides on the pupil's page: it confirms one child's admission and declines another with a
 * reason; the next run keeps the first and plans the second at another school; the Beratung sees both on the
 * children's pages; an authority cannot decide on another authority's schools.
 */
@DatabaseTest
class AuthorityDecisionPageTest {

    static final LocalDate PLANNING_DATE = LocalDate.of(2026, 11, 21);

    @Autowired
    WebApplicationContext context;
    @Autowired
    PlacementRunner runner;
    @Autowired
    PlacementRepository placements;
    @Autowired
    OverrideRepository overrides;
    @Autowired
    AccountDirectory accounts;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @Test
    void aSchulaufsichtConfirmsOneChildDeclinesAnotherAndTheNextRunReplansTheDeclinedOne() throws Exception {
        JobExecution first = SampleRuns.planSample(runner, jdbc, temp, PLANNING_DATE);
        List<PlannedPlacement> lippe = placements.findByRun(first.getJobInstanceId()).stream()
                .filter(p -> p.isPlaced() && p.authorities().equals(List.of(SCHULAMT_LIPPE))).toList();
        PlannedPlacement confirmed = lippe.get(0);
        PlannedPlacement declined = lippe.get(1);
        MockMvc mvc = TestUsers.mockMvc(context);

        assertThat(page(mvc, "schulamt", "/schueler/" + declined.caseNumber())).contains("id=\"entscheidung-formular\"");
        mvc.perform(post("/schueler/{fall}/entscheidung", declined.caseNumber()).with(as("schulamt")).with(csrf())
                        .param("entscheidung", "ablehnen").param("grund", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", containsString("eine Ablehnung braucht einen Grund")))
                .andExpect(flash().attribute("formAktion", "ablehnen"));
        mvc.perform(post("/schueler/{fall}/entscheidung", declined.caseNumber()).with(as("schulamt")).with(csrf())
                        .param("entscheidung", "ablehnen").param("grund", "Klasse bereits voll besetzt"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("an einer anderen Schule")));
        mvc.perform(post("/schueler/{fall}/entscheidung", confirmed.caseNumber()).with(as("schulamt")).with(csrf())
                        .param("entscheidung", "aufnehmen"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("bestätigt")));
        // another authority: not on its list; the KI's roles use corrections, not decisions
        mvc.perform(post("/schueler/{fall}/entscheidung", declined.caseNumber()).with(as("bezreg")).with(csrf())
                        .param("entscheidung", "aufnehmen"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/schueler/{fall}/entscheidung", declined.caseNumber()).with(as("beratung")).with(csrf())
                        .param("entscheidung", "aufnehmen"))
                .andExpect(status().isForbidden());

        List<Override> decisions = overrides.ofPupil(declined.caseNumber());
        assertThat(decisions).singleElement().satisfies(o -> {
            assertThat(o.action()).isEqualTo(OverrideAction.AUSSCHLIESSEN);
            assertThat(o.schoolNumber()).isEqualTo(declined.schoolNumber());
            assertThat(o.reason()).isEqualTo("abgelehnt durch " + SCHULAMT_LIPPE + ": Klasse bereits voll besetzt");
        });
        assertThat(page(mvc, "beratung", "/schueler/" + declined.caseNumber()))
                .contains("abgelehnt durch " + SCHULAMT_LIPPE + ": Klasse bereits voll besetzt");

        JobExecution next = runner.run(temp.resolve("in"), temp.resolve("out2"), PLANNING_DATE);
        Map<String, PlannedPlacement> replanned = placements.findByRun(next.getJobInstanceId()).stream()
                .collect(Collectors.toMap(PlannedPlacement::caseNumber, Function.identity()));
        assertThat(replanned.get(declined.caseNumber()).schoolNumber()).isNotEqualTo(declined.schoolNumber());
        assertThat(replanned.get(confirmed.caseNumber()))
                .satisfies(p -> assertThat(p.status()).isEqualTo(PlacementStatus.BESTAETIGT))
                .satisfies(p -> assertThat(p.schoolNumber()).isEqualTo(confirmed.schoolNumber()));
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private String page(MockMvc mvc, String username, String url) throws Exception {
        return mvc.perform(get(url).with(as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
