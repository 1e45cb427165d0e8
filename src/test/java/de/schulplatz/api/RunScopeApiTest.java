package de.schulplatz.api;

import static de.schulplatz.security.TestUsers.BERATUNG;
import static de.schulplatz.security.TestUsers.SCHULAMT;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.schulplatz.runs.RunRepository;
import de.schulplatz.security.TestUsers;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** A Schulaufsicht knows only the plans it was sent: /api/runs shows it published runs only. */
@DatabaseTest
class RunScopeApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    RunRepository runs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSchoolAuthoritySeesPublishedRunsOnlyAndTheKiSeesAll() throws Exception {
        DatabaseCleaner.clean(jdbc);
        runs.register(11, LocalDate.of(2026, 11, 20), 1, "in", "out");
        runs.markPublished(11);
        runs.register(12, LocalDate.of(2026, 11, 21), 1, "in", "out");
        MockMvc mvc = TestUsers.mockMvc(context);

        mvc.perform(get("/api/runs").with(SCHULAMT.login()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(11));
        mvc.perform(get("/api/runs/12").with(SCHULAMT.login()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("Keine Berechtigung: die Schulaufsicht sieht nur "
                        + "veröffentlichte Läufe"));
        mvc.perform(get("/api/runs/11").with(SCHULAMT.login())).andExpect(status().isOk());
        mvc.perform(get("/api/runs").with(BERATUNG.login()))
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/runs/12").with(BERATUNG.login())).andExpect(status().isOk());
    }
}
