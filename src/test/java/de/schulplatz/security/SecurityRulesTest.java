package de.schulplatz.security;

import static de.schulplatz.security.TestUsers.ADMIN;
import static de.schulplatz.security.TestUsers.BERATUNG;
import static de.schulplatz.security.TestUsers.BEZREG;
import static de.schulplatz.security.TestUsers.SCHULAMT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.schulplatz.audit.AuditLog;
import de.schulplatz.support.DatabaseTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** Login, denial answers and their trace, actuator and OpenAPI access, against the real application. */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityRulesTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    AuditLog audit;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestUsers.mockMvc(context);
    }

    @Test
    void withoutCredentialsTheApiAnswers401InGermanAndAsksForBasicLogin() throws Exception {
        mvc.perform(get("/api/runs"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.message").value("Bitte anmelden (HTTP Basic)"));
    }

    @Test
    void aWrongPasswordIsRefusedAndAuditedWithTheNameTriedButNeverLoggedWithItOrThePassword(CapturedOutput output)
            throws Exception {
        mvc.perform(get("/api/runs").with(httpBasic("admin", "falsch-geraten")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value(containsString("Anmeldung fehlgeschlagen")));

        assertThat(output.getAll()).contains("Failed login from 127.0.0.1").doesNotContain("falsch-geraten");
        assertThat(audit.recent(1)).singleElement().satisfies(event -> {
            assertThat(event.username()).isEqualTo("admin");
            assertThat(event.action()).isEqualTo("Anmeldung fehlgeschlagen");
            assertThat(event.target()).isEqualTo("von 127.0.0.1");
            assertThat(event.outcome()).endsWith(". Fehlversuch");
        });
        assertThat(audit.recent(5)).extracting(AuditLog.Event::outcome, AuditLog.Event::target)
                .allSatisfy(fields -> assertThat(fields.toString()).doesNotContain("falsch-geraten"));
    }

    @Test
    void everyDeniedAccessIsLoggedWithUserMethodAndPathOnlyAndAudited(CapturedOutput output) throws Exception {
        mvc.perform(get("/api/audit?limit=7&fall=A-123").with(SCHULAMT.login()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.message").value("Keine Berechtigung: die Rolle SCHULAUFSICHT darf das nicht"));
        mvc.perform(post("/api/overrides").with(BERATUNG.login()).contentType("application/json").content("{}"))
                .andExpect(status().isForbidden());
        // No credentials at all (a scanner, a browser's background request): answered, not audited.
        mvc.perform(get("/api/overrides?secret=1")).andExpect(status().isUnauthorized());

        assertThat(output.getAll()).contains("Access denied (403) for schulamt: GET /api/audit")
                .contains("Access denied (403) for beratung: POST /api/overrides")
                .doesNotContain("fall=A-123").doesNotContain("secret=1");
        List<AuditLog.Event> events = audit.recent(2);
        assertThat(events).extracting(AuditLog.Event::action).containsOnly("Zugriff verweigert");
        assertThat(events).extracting(AuditLog.Event::username, AuditLog.Event::target, AuditLog.Event::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("beratung", "POST /api/overrides", "403 keine Berechtigung"),
                        org.assertj.core.groups.Tuple.tuple("schulamt", "GET /api/audit", "403 keine Berechtigung"));
    }

    @Test
    void unlistedApiPathsAreClosedEvenForAdministrators() throws Exception {
        mvc.perform(get("/api/geheim").with(ADMIN.login())).andExpect(status().isForbidden());
        mvc.perform(post("/api/audit").with(ADMIN.login())).andExpect(status().isForbidden());
    }

    @Test
    void healthIsPublicWithStatusOnlyAndDetailsAreForAdministrators() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").with(BERATUNG.login()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").with(ADMIN.login()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void metricsAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/metrics").with(BERATUNG.login())).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(SCHULAMT.login())).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(ADMIN.login()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.names").isArray());
    }

    @Test
    void theOpenApiDescriptionIsForLoggedInUsers() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        for (TestUsers user : List.of(ADMIN, BERATUNG, SCHULAMT, BEZREG)) {
            mvc.perform(get("/v3/api-docs").with(user.login()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.info.title").value("Schulplatz API"))
                    .andExpect(jsonPath("$.paths['/api/runs']").exists())
                    .andExpect(jsonPath("$.paths['/api/placements']").exists());
        }
    }
}
