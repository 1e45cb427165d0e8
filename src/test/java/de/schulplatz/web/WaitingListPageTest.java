package de.schulplatz.web;

import static de.schulplatz.security.TestUsers.SCHULAMT_LIPPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.schulplatz.batch.PlacementRunner;
import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.planning.PlacementStatus;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.security.AccountDirectory;
import de.schulplatz.security.TestUsers;
import de.schulplatz.support.SampleRuns;
import de.schulplatz.support.DatabaseTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * Nicht zugewiesen on a real run of the sample data, with registration and birth dates of the unassigned
 * pupils set so that every rule of the order decides somewhere.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WaitingListPageTest {

    static final LocalDate PLANNING_DATE = LocalDate.of(2026, 11, 21);
    static final Pattern ROW = Pattern.compile(
            "<tr data-fall=\"([^\"]+)\">(.*?)</tr>", Pattern.DOTALL);
    static final Pattern REASON = Pattern.compile("<td class=\"begruendung\">(.*?)</td>", Pattern.DOTALL);

    @Autowired
    WebApplicationContext context;
    @Autowired
    PlacementRunner runner;
    @Autowired
    PlacementRepository placements;
    @Autowired
    AccountDirectory accounts;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    static Path temp;

    MockMvc mvc;
    long runId;
    List<PlannedPlacement> unassigned;
    List<String> expectedOrder;

    @BeforeAll
    void runOnce() throws Exception {
        JobExecution execution = SampleRuns.planSample(runner, jdbc, temp, PLANNING_DATE);
        runId = execution.getJobInstanceId();
        unassigned = placements.findByRun(runId).stream()
                .filter(p -> p.status() == PlacementStatus.NICHT_ZUGEWIESEN)
                .sorted((a, b) -> a.caseNumber().compareTo(b.caseNumber()))
                .toList();
        assertThat(unassigned).as("the sample leaves pupils without a place").hasSizeGreaterThanOrEqualTo(4);
        // The longest waiting pupil is an adult: it goes last. One compulsory pupil waits longer than the
        // rest, who are all twelve, registered on the same day and follow by case number.
        String adult = unassigned.get(0).caseNumber();
        String longestCompulsory = unassigned.get(1).caseNumber();
        jdbc.update("UPDATE pupil SET registered_date = DATE '2026-09-01', birth_date = DATE '2014-06-01' "
                + "WHERE case_number IN (" + String.join(",", unassigned.stream()
                        .map(p -> "'" + p.caseNumber() + "'").toList()) + ")");
        jdbc.update("UPDATE pupil SET registered_date = DATE '2025-01-01' WHERE case_number = ?", longestCompulsory);
        jdbc.update("UPDATE pupil SET registered_date = DATE '2020-01-01', birth_date = DATE '2000-01-01' "
                + "WHERE case_number = ?", adult);
        expectedOrder = new ArrayList<>();
        expectedOrder.add(longestCompulsory);
        unassigned.stream().map(PlannedPlacement::caseNumber)
                .filter(c -> !c.equals(adult) && !c.equals(longestCompulsory))
                .forEach(expectedOrder::add);
        expectedOrder.add(adult);
        mvc = TestUsers.mockMvc(context);
    }

    @Test
    void listsTheUnassignedByUrgencyWithTheirReasons() throws Exception {
        String html = page("admin", "/nicht-zugewiesen");

        Map<String, String> rows = rows(html);
        assertThat(rows.keySet()).containsExactlyElementsOf(expectedOrder);
        for (PlannedPlacement placement : unassigned) {
            Matcher reason = REASON.matcher(rows.get(placement.caseNumber()));
            assertThat(reason.find()).isTrue();
            assertThat(HtmlUtils.htmlUnescape(reason.group(1))).isEqualTo(placement.reason());
        }
        assertThat(html).contains("Nicht zugewiesen <span class=\"anzahl\">(" + unassigned.size() + ")</span>")
                .contains("zuerst schulpflichtige Kinder, dann die\n    längste Wartezeit")
                .containsOnlyOnce("<td>nein</td>")
                .contains("<td class=\"zahl\">" + ChronoUnit.DAYS.between(LocalDate.of(2025, 1, 1), PLANNING_DATE)
                        + "</td>")
                .contains("href=\"/schueler/" + expectedOrder.get(0) + "\"");
    }

    @Test
    void filtersByGradeMunicipalityAndSearchKeepTheOrderAndCountEachChoice() throws Exception {
        PlannedPlacement first = placements.findByRun(runId).stream()
                .filter(p -> p.caseNumber().equals(expectedOrder.get(0))).findFirst().orElseThrow();
        String grade = Integer.toString(first.grade());

        Map<String, String> ofGrade = rows(page("admin", "/nicht-zugewiesen?jahrgang=" + grade));
        List<String> expected = expectedOrder.stream().filter(c -> placements.findByRun(runId).stream()
                .anyMatch(p -> p.caseNumber().equals(c) && Integer.toString(p.grade()).equals(grade))).toList();
        assertThat(ofGrade.keySet()).containsExactlyElementsOf(expected);

        String all = page("admin", "/nicht-zugewiesen");
        assertThat(all).contains(">Jahrgang " + grade + " (" + expected.size() + ")</option>");

        String found = page("admin", "/nicht-zugewiesen?suche=" + expectedOrder.get(1));
        assertThat(rows(found).keySet()).containsExactly(expectedOrder.get(1));
        assertThat(found).contains("1 von " + unassigned.size() + " Kindern passen zum Filter.");
    }

    @Test
    void aSchulaufsichtSeesOnlyTheUnassignedOfItsOwnList() throws Exception {
        List<String> own = expectedOrder.stream()
                .filter(c -> unassigned.stream().anyMatch(p -> p.caseNumber().equals(c)
                        && p.authorities().contains(SCHULAMT_LIPPE)))
                .toList();
        List<String> others = expectedOrder.stream().filter(c -> !own.contains(c)).toList();
        assertThat(own).as("unassigned pupils for the Schulamt").isNotEmpty();
        assertThat(others).as("unassigned pupils only for the Bezirksregierung").isNotEmpty();

        String html = page("schulamt", "/nicht-zugewiesen");

        assertThat(rows(html).keySet()).containsExactlyElementsOf(own);
        assertThat(html).contains("(Ihre Liste)");
    }

    @Test
    void anUnreadableRunNumberIsABadRequestInGerman() throws Exception {
        String html = mvc.perform(get("/nicht-zugewiesen").param("lauf", "gestern")
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Die Angabe „lauf“ muss eine Zahl sein.");
    }

    @Test
    void anExplicitRunShowsThatRunsPlan() throws Exception {
        String html = page("beratung", "/nicht-zugewiesen?lauf=" + runId);

        assertThat(rows(html).keySet()).containsExactlyElementsOf(expectedOrder);
        assertThat(html).contains("Lauf " + runId);
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Case number to the row's HTML, in page order. */
    static Map<String, String> rows(String html) {
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            rows.put(row.group(1), row.group(2));
        }
        return rows;
    }
}
