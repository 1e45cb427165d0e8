package de.schulplatz.api;

import de.schulplatz.export.ExportService;
import static de.schulplatz.security.TestUsers.ADMIN;
import static de.schulplatz.security.TestUsers.ANONYM;
import static de.schulplatz.security.TestUsers.BERATUNG;
import static de.schulplatz.security.TestUsers.BEZREG;
import static de.schulplatz.security.TestUsers.BEZREG_DETMOLD;
import static de.schulplatz.security.TestUsers.SCHULAMT;
import static de.schulplatz.security.TestUsers.SCHULAMT_LIPPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import de.schulplatz.batch.PlacementRunner;
import de.schulplatz.batch.RunAlreadyActiveException;
import de.schulplatz.batch.RunLock;
import de.schulplatz.audit.AuditLog;
import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.security.TestUsers;
import de.schulplatz.support.SampleRuns;
import de.schulplatz.support.DatabaseTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * The REST API on one real run of the sample data (made once for the class, which provides the lists and
 * files): every endpoint against every role (allowed, denied by role, denied by scope such as a Schulamt
 * asking for the Bezirksregierung's list, not logged in), then what the endpoints answer and record.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ApiTest {

    static final LocalDate PLANNING_DATE = LocalDate.of(2026, 11, 21);
    static final String LIPPE_WORKBOOK = "Zuweisungen_Schulamt_fuer_den_Kreis_Lippe.xlsx";
    static final String DETMOLD_WORKBOOK = "Zuweisungen_Bezirksregierung_Detmold.xlsx";

    @Autowired
    WebApplicationContext context;
    @Autowired
    PlacementRunner runner;
    @Autowired
    PlacementRepository placements;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    RunLock lock;
    @TempDir
    static Path temp;

    MockMvc mvc;
    long runId;
    /** A pupil only on the Schulamt's list, and one only on the Bezirksregierung's. */
    String schulamtCase;
    String bezregCase;

    @BeforeAll
    void runOnce() throws Exception {
        JobExecution execution = SampleRuns.planSample(runner, jdbc, temp, PLANNING_DATE);
        runId = execution.getJobInstanceId();
        List<PlannedPlacement> plan = placements.findByRun(runId);
        schulamtCase = plan.stream().filter(p -> p.authorities().equals(List.of(SCHULAMT_LIPPE))).findFirst()
                .orElseThrow().caseNumber();
        bezregCase = plan.stream().filter(p -> p.authorities().equals(List.of(BEZREG_DETMOLD))).findFirst()
                .orElseThrow().caseNumber();
        mvc = TestUsers.mockMvc(context);
    }

    /** Expected status per user: anonymous, ADMIN, BERATUNG, Schulamt, Bezirksregierung. */
    static Stream<Arguments> accessTable() {
        String withdrawUnknown = """
                {"action": "withdraw", "caseNumber": "GIBT-ES-NICHT", "reason": "Test"}""";
        String bogusProposal = """
                {"action": "umtopfen", "caseNumber": "GIBT-ES-NICHT", "reason": "Test"}""";
        List<Arguments> rows = new ArrayList<>();
        expect(rows, "GET /api/runs", null, 401, 200, 200, 200, 200);
        expect(rows, "GET /api/runs/{run}", null, 401, 200, 200, 200, 200);
        expect(rows, "GET /api/runs/999999", null, 401, 404, 404, 404, 404);
        // The run is completed: ADMIN and BERATUNG pass the role check and are refused by the run's state.
        expect(rows, "POST /api/runs/{run}/restart", null, 401, 409, 409, 403, 403);
        expect(rows, "POST /api/runs/{run}/stop", null, 401, 409, 409, 403, 403);
        expect(rows, "POST /api/runs/999999/restart", null, 401, 404, 404, 403, 403);
        expect(rows, "POST /api/runs/999999/stop", null, 401, 404, 404, 403, 403);
        expect(rows, "GET /api/placements", null, 401, 200, 200, 200, 200);
        expect(rows, "GET /api/placements?run={run}", null, 401, 200, 200, 200, 200);
        expect(rows, "GET /api/placements?authority=" + BEZREG_DETMOLD, null, 401, 200, 200, 403, 200);
        expect(rows, "GET /api/placements?authority=" + SCHULAMT_LIPPE, null, 401, 200, 200, 200, 403);
        expect(rows, "GET /api/placements?run=999999", null, 401, 404, 404, 404, 404);
        expect(rows, "GET /api/placements?status=irgendwie", null, 401, 400, 400, 400, 400);
        expect(rows, "GET /api/pupils/{schulamtCase}/history", null, 401, 200, 200, 200, 403);
        expect(rows, "GET /api/pupils/{bezregCase}/history", null, 401, 200, 200, 403, 200);
        expect(rows, "GET /api/pupils/GIBT-ES-NICHT/history", null, 401, 404, 404, 403, 403);
        expect(rows, "GET /api/overrides", null, 401, 200, 200, 403, 403);
        // ADMIN passes and the override checks refuse the unknown case number (nothing is stored).
        expect(rows, "POST /api/overrides", withdrawUnknown, 401, 422, 403, 403, 403);
        expect(rows, "GET /api/override-proposals", null, 401, 200, 200, 403, 403);
        expect(rows, "POST /api/override-proposals", bogusProposal, 401, 400, 400, 403, 403);
        expect(rows, "POST /api/override-proposals/999999/accept", null, 401, 404, 403, 403, 403);
        expect(rows, "POST /api/override-proposals/999999/reject", null, 401, 404, 403, 403, 403);
        expect(rows, "GET /api/runs/{run}/files", null, 401, 200, 200, 200, 200);
        expect(rows, "GET /api/runs/{run}/files/" + LIPPE_WORKBOOK, null, 401, 200, 200, 200, 403);
        expect(rows, "GET /api/runs/{run}/files/" + DETMOLD_WORKBOOK, null, 401, 200, 200, 403, 200);
        expect(rows, "GET /api/runs/{run}/files/placements.csv", null, 401, 200, 200, 403, 403);
        expect(rows, "GET /api/runs/{run}/files/Fehlerbericht.xlsx", null, 401, 200, 200, 403, 403);
        expect(rows, "GET /api/runs/{run}/files/run-summary.json", null, 401, 200, 200, 403, 403);
        expect(rows, "GET /api/runs/{run}/files/pom.xml", null, 401, 404, 404, 403, 403);
        expect(rows, "GET /api/audit", null, 401, 200, 403, 403, 403);
        expect(rows, "GET /api/audit?limit=0", null, 401, 400, 403, 403, 403);
        expect(rows, "DELETE /api/runs/{run}", null, 401, 403, 403, 403, 403);
        return rows.stream();
    }

    private static void expect(List<Arguments> rows, String call, String body, int... statuses) {
        TestUsers[] users = {ANONYM, ADMIN, BERATUNG, SCHULAMT, BEZREG};
        for (int i = 0; i < users.length; i++) {
            rows.add(Arguments.of(call, users[i], statuses[i], body));
        }
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("accessTable")
    void accessRules(String call, TestUsers user, int expected, String body) throws Exception {
        String[] parts = call.split(" ", 2);
        String path = parts[1].replace("{run}", Long.toString(runId)).replace("{schulamtCase}", schulamtCase)
                .replace("{bezregCase}", bezregCase);
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), path).with(user.login());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        mvc.perform(request).andExpect(status().is(expected));
    }


    // ---- What the endpoints answer ----

    @Test
    void aSchoolAuthoritySeesOnlyTheRowsOfItsOwnListWithNamesThatNeverReachTheLog(CapturedOutput output)
            throws Exception {
        List<PlannedPlacement> plan = placements.findByRun(runId);
        for (TestUsers user : List.of(SCHULAMT, BEZREG)) {
            String authority = user == SCHULAMT ? SCHULAMT_LIPPE : BEZREG_DETMOLD;
            String json = body(get("/api/placements").with(user.login()), 200);
            List<List<String>> authorities = JsonPath.read(json, "$.placements[*].authorities");
            assertThat(authorities).isNotEmpty().allSatisfy(list -> assertThat(list).contains(authority));
            assertThat(authorities).hasSize((int) plan.stream().filter(p -> p.authorities().contains(authority)).count());
            assertThat(JsonPath.<Integer>read(json, "$.runId")).isEqualTo((int) runId);
        }
        String all = body(get("/api/placements").with(BERATUNG.login()), 200);
        assertThat(JsonPath.<List<?>>read(all, "$.placements")).hasSize(plan.size());
        List<String> lastNames = JsonPath.read(all, "$.placements[*].lastName");
        assertThat(lastNames).doesNotContainNull();
        List<String> schoolNames = JsonPath.read(all, "$.placements[?(@.schoolNumber != null)].schoolName");
        assertThat(schoolNames).isNotEmpty().doesNotContainNull();
        assertThat(lastNames.stream().distinct().filter(name -> name.length() > 3)
                .filter(name -> output.getAll().contains(name))).isEmpty();
        assertThat(audit.recent(1).get(0)).extracting(AuditLog.Event::username, AuditLog.Event::action)
                .containsExactly("beratung", "Zuweisungen gelesen");
    }

    @Test
    void placementsCanBeFilteredByStatusAndSchool() throws Exception {
        String unassigned = body(get("/api/placements?status=nicht zugewiesen").with(ADMIN.login()), 200);
        List<String> statuses = JsonPath.read(unassigned, "$.placements[*].status");
        assertThat(statuses).isNotEmpty().containsOnly("NICHT_ZUGEWIESEN");
        assertThat(JsonPath.<List<String>>read(unassigned, "$.placements[*].reason")).doesNotContainNull()
                .doesNotContain("");

        String school = placements.findByRun(runId).stream().filter(PlannedPlacement::isPlaced).findFirst()
                .orElseThrow().schoolNumber();
        String atSchool = body(get("/api/placements?school=" + school + "&run=" + runId).with(ADMIN.login()), 200);
        assertThat(JsonPath.<List<String>>read(atSchool, "$.placements[*].schoolNumber")).isNotEmpty()
                .containsOnly(school);
        assertThat(JsonPath.<List<Integer>>read(atSchool, "$.placements[*].distanceMetres")).doesNotContainNull();
    }

    @Test
    void aSchoolAuthoritySeesOnlyPublishedPlans() throws Exception {
        long unpublished = runId + 1000;
        jdbc.update("INSERT INTO planning_run (id, planning_date, run_number, input_dir, output_dir) "
                + "VALUES (?, ?, 99, 'in', 'out')", unpublished, PLANNING_DATE);
        try {
            mvc.perform(get("/api/placements?run=" + unpublished).with(SCHULAMT.login()))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.message").value("Die Planung von Lauf " + unpublished
                            + " ist nicht veröffentlicht"));
            mvc.perform(get("/api/runs/" + unpublished + "/files").with(BEZREG.login()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/placements?run=" + unpublished).with(BERATUNG.login()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.placements").isEmpty());
        } finally {
            jdbc.update("DELETE FROM planning_run WHERE id = ?", unpublished);
        }
    }

    @Test
    void askingForTheOtherAuthoritysListIsDeniedInGermanAndAudited() throws Exception {
        mvc.perform(get("/api/placements?authority=" + BEZREG_DETMOLD).with(SCHULAMT.login()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("Keine Berechtigung für die Liste von „" + BEZREG_DETMOLD
                        + "“; sichtbar ist nur die Liste von „" + SCHULAMT_LIPPE + "“"));
        assertThat(audit.recent(1).get(0))
                .extracting(AuditLog.Event::username, AuditLog.Event::action, AuditLog.Event::target)
                .containsExactly("schulamt", "Zugriff verweigert", "GET /api/placements");
    }

    @Test
    void runsAreListedWithCountsAndScores() throws Exception {
        String json = body(get("/api/runs").with(SCHULAMT.login()), 200);
        assertThat(JsonPath.<Integer>read(json, "$[0].id")).isEqualTo((int) runId);
        assertThat(JsonPath.<String>read(json, "$[0].status")).isEqualTo("COMPLETED");
        assertThat(JsonPath.<String>read(json, "$[0].statusText")).isEqualTo("abgeschlossen");
        assertThat(JsonPath.<String>read(json, "$[0].planningDate")).isEqualTo(PLANNING_DATE.toString());
        assertThat(JsonPath.<Integer>read(json, "$[0].runNumber")).isEqualTo(1);
        assertThat(JsonPath.<String>read(json, "$[0].publishedAt")).isNotNull();
        int placed = JsonPath.read(json, "$[0].placed");
        int unassigned = JsonPath.read(json, "$[0].unassigned");
        assertThat(placed).isEqualTo((int) placements.findByRun(runId).stream().filter(PlannedPlacement::isPlaced).count());
        assertThat(placed + unassigned).isLessThanOrEqualTo(placements.findByRun(runId).size()).isGreaterThan(250);
        assertThat(JsonPath.<Integer>read(json, "$[0].scores.hard")).isZero();
        mvc.perform(get("/api/runs?limit=0").with(ADMIN.login())).andExpect(status().isBadRequest());
    }

    @Test
    void theStatusOfAFinishedRunHasItsScoresAndNoProgressAndAnUnknownRunIs404() throws Exception {
        // The live progress of a running run: RunProgressApiTest.
        mvc.perform(get("/api/runs/" + runId).with(BERATUNG.login()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.progress").doesNotExist())
                .andExpect(jsonPath("$.constraintScores").isNotEmpty());
        mvc.perform(get("/api/runs/4711").with(ADMIN.login()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Lauf 4711 gibt es nicht"));
    }

    @Test
    void aSecondStartWhileARunIsActiveIsRefusedWith409() throws Exception {
        lock.acquire(); // as if a run were active
        try {
            for (TestUsers user : List.of(ADMIN, BERATUNG)) {
                mvc.perform(post("/api/runs").with(user.login()))
                        .andExpect(status().isConflict())
                        .andExpect(jsonPath("$.message").value(new RunAlreadyActiveException().getMessage()));
            }
            mvc.perform(post("/api/runs").with(SCHULAMT.login())).andExpect(status().isForbidden());
            mvc.perform(post("/api/runs").with(BEZREG.login())).andExpect(status().isForbidden());
            mvc.perform(post("/api/runs")).andExpect(status().isUnauthorized());
            mvc.perform(post("/api/runs/" + runId + "/restart").with(ADMIN.login()))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.message").value(new RunAlreadyActiveException().getMessage()));
        } finally {
            lock.release();
        }
        assertThat(audit.recent(10)).filteredOn(e -> e.action().equals("Lauf gestartet"))
                .extracting(AuditLog.Event::username, AuditLog.Event::outcome)
                .contains(tuple("admin", "abgelehnt: läuft bereits"), tuple("beratung", "abgelehnt: läuft bereits"));
    }

    @Test
    void aCompletedRunCannotBeRestartedOrStopped() throws Exception {
        mvc.perform(post("/api/runs/" + runId + "/restart").with(BERATUNG.login()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(containsString("nur gescheiterte oder angehaltene Läufe")));
        mvc.perform(post("/api/runs/" + runId + "/stop").with(ADMIN.login()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("Lauf " + runId + " läuft nicht und kann nicht angehalten werden"));
        assertThat(audit.recent(2)).extracting(AuditLog.Event::action)
                .containsExactly("Lauf angehalten", "Lauf neu gestartet");
    }

    @Test
    void anAdministratorAppliesAndReleasesOverridesThroughTheOverrideChecks() throws Exception {
        String created = body(post("/api/overrides").with(ADMIN.login()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"action": "withdraw", "caseNumber": "%s", "reason": "Familie verzogen"}"""
                        .formatted(schulamtCase)), 201);
        int id = JsonPath.read(created, "$.id");
        assertThat(JsonPath.<String>read(created, "$.action")).isEqualTo("withdraw");
        assertThat(JsonPath.<String>read(created, "$.createdBy")).isEqualTo("admin");
        assertThat(JsonPath.<String>read(created, "$.source")).isEqualTo("API");
        assertThat(audit.recent(1).get(0)).extracting(AuditLog.Event::action, AuditLog.Event::target)
                .containsExactly("Korrektur angelegt", "Nr. " + id + " zurückziehen, Fall " + schulamtCase);

        mvc.perform(post("/api/overrides").with(ADMIN.login()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"action": "withdraw", "caseNumber": "%s", "reason": "noch einmal"}"""
                                .formatted(schulamtCase)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.message").value(containsString("Korrektur abgelehnt: das Kind ist zurückgezogen")));
        assertThat(audit.recent(1).get(0).outcome()).startsWith("abgelehnt: das Kind ist zurückgezogen");

        String history = body(get("/api/pupils/" + schulamtCase + "/history").with(BERATUNG.login()), 200);
        assertThat(JsonPath.<List<Integer>>read(history, "$.overrides[*].id")).contains(id);
        String authorityView = body(get("/api/pupils/" + schulamtCase + "/history").with(SCHULAMT.login()), 200);
        assertThat(JsonPath.<List<?>>read(authorityView, "$.versions")).hasSize(1);
        assertThat(JsonPath.<Object>read(authorityView, "$.overrides")).isNull();

        body(post("/api/overrides").with(ADMIN.login()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"action": "release", "releaseId": %d, "reason": "doch geblieben"}""".formatted(id)), 201);
        assertThat(JsonPath.<List<Integer>>read(body(get("/api/overrides").with(BERATUNG.login()), 200), "$[*].id"))
                .doesNotContain(id);
        assertThat(JsonPath.<List<Integer>>read(body(get("/api/overrides?all=true").with(ADMIN.login()), 200),
                "$[*].id")).contains(id);
        mvc.perform(post("/api/overrides").with(ADMIN.login()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"umtopfen\", \"reason\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("pin, exclude, withdraw, assign, confirm, places, release")));
    }

    @Test
    void theCounsellingProposesAndAnAdministratorAcceptsOrRejects() throws Exception {
        int accepted = JsonPath.read(body(post("/api/override-proposals").with(BERATUNG.login())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"action": "withdraw", "caseNumber": "%s", "reason": "Familie nach Bielefeld verzogen"}"""
                        .formatted(bezregCase)), 201), "$.id");
        int rejected = JsonPath.read(body(post("/api/override-proposals").with(BERATUNG.login())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"action": "withdraw", "caseNumber": "%s", "reason": "Umzug geplant"}"""
                        .formatted(schulamtCase)), 201), "$.id");
        // Checked when made, with the rules of the override it would become: answered at once.
        mvc.perform(post("/api/override-proposals").with(BERATUNG.login()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"action": "withdraw", "caseNumber": "GIBT-ES-NICHT", "reason": "Tippfehler"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("Fallnummer GIBT-ES-NICHT ist nicht bekannt")));
        // Holds when made, no longer when accepted (the child is withdrawn by then).
        int failing = JsonPath.read(body(post("/api/override-proposals").with(ADMIN.login())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"action": "withdraw", "caseNumber": "%s", "reason": "doppelt gemeldet"}"""
                        .formatted(bezregCase)), 201), "$.id");

        assertThat(JsonPath.<List<Integer>>read(body(get("/api/override-proposals").with(BERATUNG.login()), 200),
                "$[*].id")).contains(accepted, rejected).doesNotContain(failing);
        assertThat(JsonPath.<List<Integer>>read(body(get("/api/override-proposals").with(ADMIN.login()), 200),
                "$[*].id")).contains(accepted, rejected, failing);

        String decided = body(post("/api/override-proposals/" + accepted + "/accept").with(ADMIN.login()), 200);
        assertThat(JsonPath.<String>read(decided, "$.status")).isEqualTo("angenommen");
        assertThat(JsonPath.<String>read(decided, "$.decidedBy")).isEqualTo("admin");
        int overrideId = JsonPath.read(decided, "$.overrideId");
        String overrides = body(get("/api/overrides").with(ADMIN.login()), 200);
        assertThat(JsonPath.<List<String>>read(overrides, "$[?(@.id == " + overrideId + ")].createdBy"))
                .containsExactly("admin");
        assertThat(JsonPath.<List<String>>read(overrides, "$[?(@.id == " + overrideId + ")].reason"))
                .containsExactly("Familie nach Bielefeld verzogen (Vorschlag Nr. " + accepted + " von beratung)");
        mvc.perform(post("/api/override-proposals/" + accepted + "/accept").with(ADMIN.login()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(containsString("bereits entschieden")));

        mvc.perform(post("/api/override-proposals/" + rejected + "/reject").with(ADMIN.login())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"erst nach dem Umzug\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("abgelehnt"))
                .andExpect(jsonPath("$.decisionNote").value("erst nach dem Umzug"));
        mvc.perform(post("/api/override-proposals/" + rejected + "/accept").with(ADMIN.login()))
                .andExpect(status().isConflict());

        // The override checks refuse it: the proposal stays open for the administrator.
        mvc.perform(post("/api/override-proposals/" + failing + "/accept").with(ADMIN.login()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.message").value(containsString("Korrektur abgelehnt: das Kind ist zurückgezogen")));
        assertThat(JsonPath.<List<String>>read(body(get("/api/override-proposals?status=alle").with(ADMIN.login()), 200),
                "$[?(@.id == " + failing + ")].status")).containsExactly("offen");
        mvc.perform(get("/api/override-proposals?status=vielleicht").with(ADMIN.login()))
                .andExpect(status().isBadRequest());

        assertThat(audit.recent(30)).extracting(AuditLog.Event::action)
                .contains("Korrektur vorgeschlagen", "Vorschlag angenommen", "Korrektur angelegt", "Vorschlag abgelehnt");
        assertThat(audit.recent(30)).filteredOn(e -> e.action().equals("Vorschlag angenommen"))
                .extracting(AuditLog.Event::target)
                .contains("Vorschlag Nr. " + accepted + " (withdraw, Fall " + bezregCase + ") → Korrektur Nr. " + overrideId);

        body(post("/api/overrides").with(ADMIN.login()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"action": "release", "releaseId": %d, "reason": "Testende"}""".formatted(overrideId)), 201);
    }

    @Test
    void aSchoolAuthorityListsAndDownloadsOnlyItsOwnWorkbook() throws Exception {
        assertThat(JsonPath.<List<String>>read(body(get("/api/runs/" + runId + "/files").with(SCHULAMT.login()), 200),
                "$[*].name")).containsExactly(LIPPE_WORKBOOK);
        assertThat(JsonPath.<List<String>>read(body(get("/api/runs/" + runId + "/files").with(BEZREG.login()), 200),
                "$[*].name")).containsExactly(DETMOLD_WORKBOOK);
        assertThat(JsonPath.<List<String>>read(body(get("/api/runs/" + runId + "/files").with(BERATUNG.login()), 200),
                "$[*].name")).containsExactlyInAnyOrder(LIPPE_WORKBOOK, DETMOLD_WORKBOOK, "placements.csv",
                "Fehlerbericht.xlsx", "run-summary.json");
        // The copied naming rule of the export matches the files it wrote.
        assertThat(ExportService.authorityWorkbookName(SCHULAMT_LIPPE)).isEqualTo(LIPPE_WORKBOOK);
        assertThat(ExportService.authorityWorkbookName(BEZREG_DETMOLD)).isEqualTo(DETMOLD_WORKBOOK);

        MvcResult download = mvc.perform(get("/api/runs/" + runId + "/files/" + LIPPE_WORKBOOK).with(SCHULAMT.login()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn();
        byte[] bytes = download.getResponse().getContentAsByteArray();
        assertThat(bytes).hasSize((int) Files.size(temp.resolve("out").resolve(LIPPE_WORKBOOK)));
        assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(audit.recent(1).get(0))
                .extracting(AuditLog.Event::username, AuditLog.Event::action, AuditLog.Event::target)
                .containsExactly("schulamt", "Datei heruntergeladen", "Lauf " + runId + ": " + LIPPE_WORKBOOK);

        mvc.perform(get("/api/runs/" + runId + "/files/" + DETMOLD_WORKBOOK).with(SCHULAMT.login()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("Keine Berechtigung für diese Datei; sichtbar sind nur die "
                        + "Dateien für „" + SCHULAMT_LIPPE + "“, z. B. " + LIPPE_WORKBOOK));
        assertThat(audit.recent(1).get(0)).extracting(AuditLog.Event::username, AuditLog.Event::action,
                AuditLog.Event::target).containsExactly("schulamt", "Zugriff verweigert",
                "GET /api/runs/" + runId + "/files/" + DETMOLD_WORKBOOK);
        mvc.perform(get("/api/runs/" + runId + "/files/placements.csv").with(BERATUNG.login()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"));
    }

    @Test
    void downloadsNeverLeaveTheRunsFolder() throws Exception {
        Path outside = temp.resolve("geheim.csv");
        Files.writeString(outside, "geheim");
        Files.createSymbolicLink(temp.resolve("out").resolve("verweis.csv"), outside);
        try {
            for (String attack : List.of("..%2Fgeheim.csv", "%2e%2e%2Fgeheim.csv", "..%5Cgeheim.csv", "..;/geheim.csv")) {
                int code = mvc.perform(get(URI.create("/api/runs/" + runId + "/files/" + attack)).with(ADMIN.login()))
                        .andReturn().getResponse().getStatus();
                assertThat(code).as(attack).isEqualTo(400); // Spring Security's firewall
            }
            mvc.perform(get("/api/runs/" + runId + "/files/verweis.csv").with(ADMIN.login()))
                    .andExpect(status().isNotFound());
            assertThat(JsonPath.<List<String>>read(body(get("/api/runs/" + runId + "/files").with(ADMIN.login()), 200),
                    "$[*].name")).doesNotContain("verweis.csv");
        } finally {
            Files.delete(temp.resolve("out").resolve("verweis.csv"));
        }
    }

    @Test
    void theAuditLogIsForAdministrators() throws Exception {
        String json = body(get("/api/audit?limit=3").with(ADMIN.login()), 200);
        assertThat(JsonPath.<List<?>>read(json, "$")).hasSize(3);
        assertThat(JsonPath.<List<String>>read(json, "$[*].action")).doesNotContainNull();
    }

    private String body(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        return mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
