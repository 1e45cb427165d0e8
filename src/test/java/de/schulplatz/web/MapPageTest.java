package de.schulplatz.web;

import static de.schulplatz.security.TestUsers.BEZREG_DETMOLD;
import static de.schulplatz.security.TestUsers.SCHULAMT_LIPPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.schulplatz.batch.PlacementRunner;
import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.schools.School;
import de.schulplatz.schools.SchoolRepository;
import de.schulplatz.security.AccountDirectory;
import de.schulplatz.security.TestUsers;
import de.schulplatz.support.SampleRuns;
import de.schulplatz.support.DatabaseTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** Karte on a real run of the sample data: one linked circle per visible school, and the filtered list. */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapPageTest {

    static final LocalDate PLANNING_DATE = LocalDate.of(2026, 11, 21);
    /** A circle of the map: the link around it names the school it filters to. */
    static final Pattern CIRCLE_LINK = Pattern.compile(
            "<a href=\"/karte\\?schule=(\\d{6})#schulen\"[^>]*><title>[^<]*</title><circle [^>]*/>(?:<text\\s[^>]*>\\d+</text>)?</a>");
    static final Pattern LISTED_SCHOOL = Pattern.compile("<tr data-schule=\"(\\d{6})\">");
    static final Pattern LISTED_CASE = Pattern.compile("<tr data-fall=\"([^\"]+)\">");

    @Autowired
    WebApplicationContext context;
    @Autowired
    PlacementRunner runner;
    @Autowired
    PlacementRepository placements;
    @Autowired
    SchoolRepository schools;
    @Autowired
    AccountDirectory accounts;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    static Path temp;

    MockMvc mvc;
    List<PlannedPlacement> plan;
    Map<String, School> schoolsByNumber;

    @BeforeAll
    void runOnce() throws Exception {
        JobExecution execution = SampleRuns.planSample(runner, jdbc, temp, PLANNING_DATE);
        plan = placements.findByRun(execution.getJobInstanceId());
        schoolsByNumber = schools.findAll().stream()
                .collect(Collectors.toMap(School::schoolNumber, Function.identity()));
        mvc = TestUsers.mockMvc(context);
    }

    @Test
    void drawsOneLinkedCirclePerSchool() throws Exception {
        String html = page("admin", "/karte");

        assertThat(matches(CIRCLE_LINK, html)).containsExactlyInAnyOrderElementsOf(schoolsByNumber.keySet());
        assertThat(count("<circle ", html)).isEqualTo(schoolsByNumber.size());
        assertThat(matches(LISTED_SCHOOL, html)).containsExactlyInAnyOrderElementsOf(schoolsByNumber.keySet());
        assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"karte\" id=\"karte\"")
                .contains("<title id=\"karte-titel\">")
                .contains("viewBox=\"0 0 800.0 ")
                .doesNotContain("Filter aufheben")
                .doesNotContain("ohne Lageangabe");
    }

    @Test
    void aSchulaufsichtSeesOnlyTheSchoolsOfItsOwnList() throws Exception {
        List<String> own = schoolsByNumber.values().stream()
                .filter(school -> school.authority().equals(BEZREG_DETMOLD)).map(School::schoolNumber).toList();
        assertThat(own).isNotEmpty().hasSizeLessThan(schoolsByNumber.size());

        String html = page("bezreg", "/karte");

        assertThat(matches(CIRCLE_LINK, html)).containsExactlyInAnyOrderElementsOf(own);
        assertThat(matches(LISTED_SCHOOL, html)).containsExactlyInAnyOrderElementsOf(own);
    }

    @Test
    void aSchoolsLinkNarrowsTheListToItAndShowsItsPlacements() throws Exception {
        String busiest = plan.stream().filter(PlannedPlacement::isPlaced)
                .collect(Collectors.groupingBy(PlannedPlacement::schoolNumber, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<String> placedThere = plan.stream().filter(p -> busiest.equals(p.schoolNumber()))
                .sorted(Comparator.comparingInt(PlannedPlacement::grade).thenComparing(PlannedPlacement::caseNumber))
                .map(PlannedPlacement::caseNumber).toList();

        String html = page("admin", "/karte?schule=" + busiest);

        assertThat(matches(LISTED_SCHOOL, html)).containsExactly(busiest);
        assertThat(matches(LISTED_CASE, html)).containsExactlyElementsOf(placedThere);
        assertThat(html).contains("Filter aufheben")
                .contains(schoolsByNumber.get(busiest).name())
                // The whole map stays, the chosen school marked.
                .contains("aria-current=\"true\" data-schule=\"" + busiest + "\"");
        assertThat(count("<circle ", html)).isEqualTo(schoolsByNumber.size());
    }

    @Test
    void anUnknownSchoolNumberGivesAnEmptyListWithANote() throws Exception {
        String html = page("admin", "/karte?schule=999999");

        assertThat(matches(LISTED_SCHOOL, html)).isEmpty();
        assertThat(html).contains("Keine Schule mit der Schulnummer „999999“ in dieser Planung.")
                .contains("Filter aufheben");
    }

    @Test
    void anotherAuthoritysSchoolIsUnknownToASchulaufsicht() throws Exception {
        String foreign = schoolsByNumber.values().stream()
                .filter(school -> school.authority().equals(BEZREG_DETMOLD)).findFirst().orElseThrow().schoolNumber();

        String html = page("schulamt", "/karte?schule=" + foreign);

        assertThat(matches(LISTED_SCHOOL, html)).isEmpty();
        assertThat(matches(LISTED_CASE, html)).isEmpty();
        assertThat(html).contains("Keine Schule mit der Schulnummer „" + foreign + "“ in dieser Planung auf Ihrer Liste.");
        assertThat(matches(CIRCLE_LINK, html)).allMatch(number -> schoolsByNumber.get(number).authority()
                .equals(SCHULAMT_LIPPE));
    }

    @Test
    void marksShowFreePlacesAndMunicipalitiesAreNamed() throws Exception {
        String html = page("admin", "/karte");

        assertThat(html).contains("class=\"plaetze\"").containsPattern("<text class=\"gemeinde\" [^>]*>Detmold</text>")
                .contains("freie Plätze)").doesNotContain("id=\"wohnort\"");
    }

    @Test
    void aMapForOneChildListsTheSchoolsOfferedNearestFirstAndMarksItsHome() throws Exception {
        PlannedPlacement child = plan.stream().filter(PlannedPlacement::isPlaced).findFirst().orElseThrow();

        String html = page("admin", "/karte?fall=" + child.caseNumber());

        assertThat(html).contains("Freie Plätze in der Nähe von Fall " + child.caseNumber())
                .contains("id=\"wohnort\"").contains("nicht-moeglich");
        Matcher offered = Pattern.compile("id=\"angebotene-schulen\".*?</table>", Pattern.DOTALL).matcher(html);
        assertThat(offered.find()).isTrue();
        List<String> schoolsOffered = matches(LISTED_SCHOOL, offered.group());
        assertThat(schoolsOffered).contains(child.schoolNumber());
        List<Double> km = matches(Pattern.compile("<td class=\"zahl\">(\\d+,\\d)"), offered.group()).stream()
                .map(text -> Double.parseDouble(text.replace(',', '.'))).toList();
        assertThat(km).isSorted();
    }

    @Test
    void aSchulaufsichtGetsNoMapForAChildOffItsList() throws Exception {
        String bezregOnly = plan.stream().filter(p -> p.authorities().equals(List.of(BEZREG_DETMOLD)))
                .findFirst().orElseThrow().caseNumber();

        mvc.perform(get("/karte?fall=" + bezregOnly).with(user(accounts.loadUserByUsername("schulamt"))))
                .andExpect(status().isForbidden());
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> matches(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static int count(String needle, String html) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }
}
