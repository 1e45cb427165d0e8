package de.schulplatz.web;

import static de.schulplatz.security.TestUsers.BEZREG_DETMOLD;
import static de.schulplatz.security.TestUsers.SCHULAMT_LIPPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.schulplatz.batch.PlacementRunner;
import de.schulplatz.overrides.Override;
import de.schulplatz.overrides.OverrideAction;
import de.schulplatz.overrides.OverrideRepository;
import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.security.AccountDirectory;
import de.schulplatz.security.TestUsers;
import de.schulplatz.support.SampleRuns;
import de.schulplatz.support.DatabaseTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/**
 * Schüler:in and Zuweisungen on a real run of the sample data: who sees which pupil, the corrections an
 * administrator makes on the page (and nobody else), and the filters of the list.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PupilPageTest {

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
    static Path temp;

    MockMvc mvc;
    List<PlannedPlacement> plan;
    PlannedPlacement lippePupil;
    String bezregCase;

    @BeforeAll
    void runOnce() throws Exception {
        JobExecution execution = SampleRuns.planSample(runner, jdbc, temp, PLANNING_DATE);
        plan = placements.findByRun(execution.getJobInstanceId());
        lippePupil = plan.stream().filter(p -> p.isPlaced() && p.authorities().equals(List.of(SCHULAMT_LIPPE)))
                .findFirst().orElseThrow();
        bezregCase = plan.stream().filter(p -> p.authorities().equals(List.of(BEZREG_DETMOLD))).findFirst()
                .orElseThrow().caseNumber();
        mvc = TestUsers.mockMvc(context);
    }

    @BeforeEach
    void noOverrides() {
        jdbc.update("DELETE FROM override_proposal");
        jdbc.update("DELETE FROM override_entry");
    }

    @Test
    void anAdviserProposesAndAnAdministratorAcceptsOnThePupilsPage() throws Exception {
        String otherSchool = otherCandidate(lippePupil);
        String url = "/schueler/" + lippePupil.caseNumber() + "/vorschlaege";
        mvc.perform(post(url).with(as("beratung")).with(csrf())
                        .param("aktion", "pin").param("schule", otherSchool).param("grund", "Geschwister dort"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("Die Administration entscheidet")));
        assertThat(overrides.ofPupil(lippePupil.caseNumber())).isEmpty();
        long proposal = jdbc.queryForObject("SELECT id FROM override_proposal", Long.class);
        assertThat(page("admin", "/schueler/" + lippePupil.caseNumber())).contains("id=\"vorschlaege-tabelle\"")
                .contains("Geschwister dort").contains("Annehmen");

        mvc.perform(post(url + "/" + proposal + "/annehmen").with(as("beratung")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(url + "/" + proposal + "/annehmen").with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("angenommen")));

        assertThat(overrides.ofPupil(lippePupil.caseNumber())).singleElement().satisfies(o -> {
            assertThat(o.action()).isEqualTo(OverrideAction.FEST_ZUWEISEN);
            assertThat(o.schoolNumber()).isEqualTo(otherSchool);
            assertThat(o.createdBy()).isEqualTo("admin");
            assertThat(o.reason()).contains("Geschwister dort").contains("beratung");
        });
        assertThat(page("admin", "/schueler/" + lippePupil.caseNumber())).doesNotContain("id=\"vorschlaege-tabelle\"");
    }

    @Test
    void aProposalTheChecksRefuseStaysOpenAndCanBeRejected() throws Exception {
        String url = "/schueler/" + lippePupil.caseNumber() + "/vorschlaege";
        for (int i = 0; i < 2; i++) {
            mvc.perform(post(url).with(as("beratung")).with(csrf()).param("aktion", "withdraw").param("grund", "verzogen"));
        }
        List<Long> ids = jdbc.queryForList("SELECT id FROM override_proposal ORDER BY id", Long.class);
        mvc.perform(post(url + "/" + ids.get(0) + "/annehmen").with(as("admin")).with(csrf()));

        // The same withdrawal again cannot hold: the proposal stays open with the reason shown.
        mvc.perform(post(url + "/" + ids.get(1) + "/annehmen").with(as("admin")).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("Er bleibt offen")));
        assertThat(jdbc.queryForObject("SELECT status FROM override_proposal WHERE id = ?", String.class, ids.get(1)))
                .isEqualTo("OFFEN");

        mvc.perform(post(url + "/" + ids.get(1) + "/ablehnen").with(as("admin")).with(csrf())
                        .param("notiz", "doppelt"))
                .andExpect(flash().attribute("notice", containsString("abgelehnt")));
        assertThat(jdbc.queryForMap("SELECT status, decision_note FROM override_proposal WHERE id = ?", ids.get(1)))
                .containsEntry("status", "ABGELEHNT").containsEntry("decision_note", "doppelt");
        assertThat(overrides.ofPupil(lippePupil.caseNumber())).hasSize(1);
    }

    @Test
    void aProposalWithoutSchoolOrReasonIsRefusedInGerman() throws Exception {
        String url = "/schueler/" + lippePupil.caseNumber() + "/vorschlaege";
        mvc.perform(post(url).with(as("beratung")).with(csrf()).param("aktion", "pin").param("grund", "Wunsch"))
                .andExpect(flash().attribute("problem", containsString("braucht eine Schule")));
        mvc.perform(post(url).with(as("beratung")).with(csrf()).param("aktion", "withdraw").param("grund", " "))
                .andExpect(flash().attribute("problem", containsString("Grund")));
        mvc.perform(post(url).with(as("schulamt")).with(csrf()).param("aktion", "withdraw").param("grund", "x y z"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM override_proposal", Integer.class)).isZero();
    }

    @Test
    void adviserSeesDataCandidatesPlacementAndHistoryAndMayOnlyPropose() throws Exception {
        String html = page("beratung", "/schueler/" + lippePupil.caseNumber());

        assertThat(html).contains("id=\"fallnummer\">" + lippePupil.caseNumber())
                .contains("id=\"aktuelle-schule\"").contains("(" + lippePupil.schoolNumber() + ")")
                .contains("id=\"kandidaten-tabelle\"").contains("data-school=\"" + lippePupil.schoolNumber() + "\"")
                .contains("id=\"verlauf-tabelle\"").contains("id=\"neu-planen\"")
                .doesNotContain("id=\"korrektur-formular\"").contains("id=\"vorschlag-formular\"")
                .contains("Korrekturen nimmt die Administration vor");
    }

    @Test
    void administratorPinsWithAReasonAndTheOverrideIsStoredWithItsSource() throws Exception {
        String otherSchool = otherCandidate(lippePupil);

        mvc.perform(post("/schueler/" + lippePupil.caseNumber() + "/korrekturen").with(as("admin")).with(csrf())
                        .param("aktion", "pin").param("schule", otherSchool).param("grund", "Wunsch der Familie"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/schueler/" + lippePupil.caseNumber()))
                .andExpect(flash().attribute("notice", containsString("gespeichert")));

        List<Override> stored = overrides.ofPupil(lippePupil.caseNumber());
        assertThat(stored).singleElement().satisfies(o -> {
            assertThat(o.action()).isEqualTo(OverrideAction.FEST_ZUWEISEN);
            assertThat(o.schoolNumber()).isEqualTo(otherSchool);
            assertThat(o.createdBy()).isEqualTo("admin");
            assertThat(o.source()).isEqualTo(PupilController.SOURCE);
        });
        assertThat(page("admin", "/schueler/" + lippePupil.caseNumber())).contains("id=\"korrekturen-tabelle\"")
                .contains("Wunsch der Familie").contains("Aufheben");
    }

    @Test
    void aCorrectionWithoutReasonIsRejectedInGermanAndNothingIsStored() throws Exception {
        mvc.perform(post("/schueler/" + lippePupil.caseNumber() + "/korrekturen").with(as("admin")).with(csrf())
                        .param("aktion", "withdraw").param("grund", " "))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "Korrektur abgelehnt: ein Grund ist anzugeben"));
        assertThat(overrides.ofPupil(lippePupil.caseNumber())).isEmpty();
    }

    @Test
    void administratorReleasesAnOverrideOfThePupil() throws Exception {
        mvc.perform(post("/schueler/" + lippePupil.caseNumber() + "/korrekturen").with(as("admin")).with(csrf())
                .param("aktion", "withdraw").param("grund", "verzogen"));
        long id = overrides.ofPupil(lippePupil.caseNumber()).get(0).id();

        mvc.perform(post("/schueler/" + lippePupil.caseNumber() + "/korrekturen/" + id + "/aufheben")
                        .with(as("admin")).with(csrf()).param("grund", "doch nicht verzogen"))
                .andExpect(status().is3xxRedirection());

        assertThat(overrides.find(id)).hasValueSatisfying(o -> assertThat(o.isActive()).isFalse());
    }

    @Test
    void onlyAnAdministratorMayCorrectAndOnlyWithCsrfToken() throws Exception {
        String url = "/schueler/" + lippePupil.caseNumber() + "/korrekturen";
        for (String username : List.of("beratung", "schulamt")) {
            mvc.perform(post(url).with(as(username)).with(csrf()).param("aktion", "withdraw").param("grund", "x y z"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(url).with(as("admin")).param("aktion", "withdraw").param("grund", "ohne Token"))
                .andExpect(status().isForbidden());
        assertThat(overrides.ofPupil(lippePupil.caseNumber())).isEmpty();
    }

    @Test
    void schoolAuthoritySeesItsOwnPupilWithoutTheKisWorkingNotesAndIsRefusedOthers() throws Exception {
        String html = page("schulamt", "/schueler/" + lippePupil.caseNumber());
        assertThat(html).contains("id=\"verlauf-tabelle\"").doesNotContain("id=\"kandidaten-tabelle\"")
                .doesNotContain("Bemerkungen").doesNotContain("id=\"neu-planen\"");

        // MockMvc does not follow the forward to the denial page; the browser test reads that page.
        mvc.perform(get("/schueler/" + bezregCase).with(as("schulamt")))
                .andExpect(status().isForbidden()).andExpect(forwardedUrl("/verweigert"))
                .andExpect(request().attribute("schulplatz.denied.message",
                        containsString("steht nicht auf der zuletzt veröffentlichten Liste")));
        mvc.perform(get("/schueler/GIBT-ES-NICHT").with(as("schulamt"))).andExpect(status().isForbidden());
        mvc.perform(get("/schueler/GIBT-ES-NICHT").with(as("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void theSchoolChoiceOffersAllowedSchoolsFirstWithPlacesAndTheOthersWithTheirReason() throws Exception {
        String html = page("admin", "/schueler/" + lippePupil.caseNumber());

        assertThat(html).contains("label=\"nach den Regeln möglich, nächste zuerst\"",
                "label=\"nach den Regeln nicht möglich (Grund)\"");
        assertThat(html).containsPattern(" km, \\d+ frei</option>");
        assertThat(html).containsPattern(" km: Schulform [A-Za-zäöü]+ nicht zulässig \\(zulässig: ");
    }

    @Test
    void aRefusedCorrectionComesBackWithWhatWasTyped() throws Exception {
        mvc.perform(post("/schueler/{fall}/korrekturen", lippePupil.caseNumber()).param("aktion", "pin")
                        .param("schule", "").param("grund", "Familie zieht nach Lage").with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", containsString("Bitte eine Schule wählen")))
                .andExpect(flash().attribute("formGrund", "Familie zieht nach Lage"))
                .andExpect(flash().attribute("formAktion", "pin"));
    }

    @Test
    void anAdministratorWorksTheOpenProposalsPageAndTheAdviserSeesTheDecisionWithItsNote() throws Exception {
        mvc.perform(post("/schueler/" + lippePupil.caseNumber() + "/vorschlaege").with(as("beratung")).with(csrf())
                        .param("aktion", "exclude").param("schule", lippePupil.schoolNumber()).param("grund", "Weg zu weit"))
                .andExpect(status().is3xxRedirection());
        long proposal = jdbc.queryForObject("SELECT id FROM override_proposal", Long.class);
        assertThat(page("admin", "/vorschlaege")).contains("data-proposal=\"" + proposal + "\"", "Weg zu weit",
                "Annehmen", "Ablehnen");

        mvc.perform(post("/schueler/" + lippePupil.caseNumber() + "/vorschlaege/" + proposal + "/ablehnen")
                        .with(as("admin")).with(csrf()).param("notiz", "Schulweg ist zumutbar").param("zurueck", "vorschlaege"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/vorschlaege"));

        String own = page("beratung", "/vorschlaege");
        assertThat(own).contains("id=\"entschiedene-vorschlaege\"", "abgelehnt von admin", "Schulweg ist zumutbar")
                .contains("Keine offenen Vorschläge.");
        mvc.perform(get("/vorschlaege").with(as("schulamt"))).andExpect(status().isForbidden());
    }

    @Test
    void placementListFiltersAndScopesToTheAuthority() throws Exception {
        String all = page("admin", "/zuweisungen");
        // a page of 100; all pages together are the plan
        assertThat(count("data-case=", all)).isEqualTo(Math.min(100, plan.size()));
        assertThat(all).contains(plan.size() + " Kinder");
        assertThat(rowsOnAllPages("admin", "/zuweisungen?sortierung=name")).isEqualTo(plan.size());

        String oneSchool = page("admin", "/zuweisungen?schule=" + lippePupil.schoolNumber());
        long atSchool = plan.stream().filter(p -> lippePupil.schoolNumber().equals(p.schoolNumber())).count();
        assertThat(count("data-case=", oneSchool)).isEqualTo(atSchool);

        String unassigned = page("admin", "/zuweisungen?status=NICHT_ZUGEWIESEN");
        assertThat(count("data-case=", unassigned)).isEqualTo(plan.stream().filter(p -> !p.isPlaced()
                && p.status().name().equals("NICHT_ZUGEWIESEN")).count());

        String lippe = page("schulamt", "/zuweisungen");
        assertThat(rowsOnAllPages("schulamt", "/zuweisungen"))
                .isEqualTo(plan.stream().filter(p -> p.authorities().contains(SCHULAMT_LIPPE)).count());
        assertThat(lippe).doesNotContain("data-case=\"" + bezregCase + "\"");

        mvc.perform(get("/zuweisungen").param("aufsicht", BEZREG_DETMOLD).with(as("schulamt")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/zuweisungen").param("lauf", "abc").with(as("admin"))).andExpect(status().isBadRequest());
    }

    /** The rows of every page, following the "nächste Seite" links. */
    private long rowsOnAllPages(String user, String url) throws Exception {
        long rows = 0;
        for (int seite = 1; ; seite++) {
            String html = page(user, url + (url.contains("?") ? "&" : "?") + "seite=" + seite);
            rows += count("data-case=", html);
            if (!html.contains("rel=\"next\"")) {
                return rows;
            }
        }
    }

    @Test
    void anAnonymisedPupilIsShownAsSuchWithTheBirthYearOnly() throws Exception {
        String caseNumber = plan.stream().map(PlannedPlacement::caseNumber)
                .filter(c -> !c.equals(lippePupil.caseNumber()) && !c.equals(bezregCase)).findFirst().orElseThrow();
        jdbc.update("""
                UPDATE pupil SET last_name = 'anonymisiert', first_name = 'anonymisiert', street = NULL,
                    birth_date = make_date(extract(year FROM birth_date)::int, 1, 1), anonymised_at = now()
                WHERE case_number = ?""", caseNumber);

        String html = page("admin", "/schueler/" + caseNumber);

        assertThat(html).contains("Daten anonymisiert").contains("<dt>Geburtsjahr</dt>")
                .doesNotContain("anonymisiert, anonymisiert").doesNotContain("01.01.");
    }

    private String otherCandidate(PlannedPlacement placement) throws Exception {
        String html = page("admin", "/schueler/" + placement.caseNumber());
        Matcher rows = Pattern.compile("<tr data-school=\"(\\d{6})\">").matcher(html);
        while (rows.find()) {
            if (!rows.group(1).equals(placement.schoolNumber())) {
                return rows.group(1);
            }
        }
        throw new AssertionError("no second candidate school for " + placement.caseNumber());
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static long count(String needle, String html) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }
}
