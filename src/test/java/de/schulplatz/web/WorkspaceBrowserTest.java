package de.schulplatz.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.planning.CandidateSchools;
import de.schulplatz.planning.CandidateSchools.Candidate;
import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.planning.PlacementStatus;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.security.TestUsers;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.OtherWriters;
import de.schulplatz.support.TestWorkbooks;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * The workspace end to end in a real browser (Debian's Chromium, headless) against the real service on a
 * real port: each role logs in; an adviser plans the sample data; an administrator pins a pupil to another
 * school, re-plans and finds the pupil there with the change in the history; a Schulaufsicht sees only its
 * own lists and is refused the others, confirms one child and declines another in the workspace and a third in
 * its returned list; the next run plans the declined children elsewhere and the Beratung sees each outcome; an
 * administrator works the open proposals. The steps build on each other, so they run in order. Every page is
 * kept as a screenshot in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "schulplatz.files.inbox=target/test-files/browser/inbox",
        "schulplatz.files.archive=target/test-files/browser/archive",
        "schulplatz.files.outbox=target/test-files/browser/outbox"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceBrowserTest {

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
    private static final String LIPPE_WORKBOOK = "Zuweisungen_Schulamt_fuer_den_Kreis_Lippe.xlsx";
    private static final String DETMOLD_WORKBOOK = "Zuweisungen_Bezirksregierung_Detmold.xlsx";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlacementRepository placements;
    @Autowired
    CandidateSchools candidateSchools;

    Browser browser;
    /** The pupil the administrator moves, and the school it is pinned to. */
    String movedCase;
    String pinnedSchool;
    /** The children the Schulaufsicht decides on, and their schools before. */
    String confirmedCase;
    String declinedCase;
    String listDeclinedCase;
    final Map<String, String> schoolBefore = new HashMap<>();

    @BeforeAll
    void startBrowser() throws Exception {
        DatabaseCleaner.clean(jdbc);
        FileSystemUtils.deleteRecursively(Path.of("target/test-files/browser"));
        TestWorkbooks.copySampleData(Path.of("target/test-files/browser/inbox"));
        browser = new Browser("http://localhost:" + port);
    }

    /** Every page works under the service's Content-Security-Policy: nothing inline, nothing from elsewhere. */
    @AfterEach
    void nothingWasRefusedByTheContentSecurityPolicy() {
        assertThat(browser.securityPolicyViolations()).isEmpty();
    }

    /** Every page shot passed the first accessibility review (Browser#accessibilityProblems). */
    @AfterEach
    void everyPageShownPassedTheAccessibilityReview() {
        assertThat(browser.accessibilityFindings).isEmpty();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void loginRefusesAWrongPasswordThenLeadsBackToThePageAskedFor() {
        browser.open("/zuweisungen");
        assertThat(browser.driver.getCurrentUrl()).contains("/anmelden");
        browser.screenshot("01-anmelden");
        browser.find("#benutzername").sendKeys("beratung");
        browser.find("#passwort").sendKeys("falsch");
        browser.find("form.formular button[type=submit]").click();
        browser.waitFor(Duration.ofSeconds(20), d -> d.getCurrentUrl().contains("fehler"));
        assertThat(browser.text(".problem")).contains("Anmeldung fehlgeschlagen");

        browser.logIn("beratung", "Test-Beratung-2026");
        assertThat(browser.driver.getCurrentUrl()).contains("/zuweisungen");
        // Nothing is planned yet.
        assertThat(browser.text("#keine-planung")).contains("noch keine veröffentlichte Planung");
        browser.screenshot("01-keine-planung");
        browser.logOut();
    }

    @Test
    @Order(2)
    void adviserStartsARunOnTheSampleDataAndWatchesItFinish() {
        browser.logIn("beratung", "Test-Beratung-2026");
        browser.open("/eingang");
        // the sample's three workbooks (schools, pupils, transition sheets)
        assertThat(browser.driver.findElements(By.cssSelector("#wartend tbody tr"))).hasSize(3);
        // The sample pupils once more: checked (its four faulty rows are shown), but the same content is
        // already waiting, so nothing is added.
        browser.find("#dateien").sendKeys(Path.of("sample-data/schueler.xlsx").toAbsolutePath().toString());
        browser.find("#hochladen button[type=submit]").click();
        browser.waitFor(Duration.ofSeconds(30), d -> !d.findElements(By.id("pruefung")).isEmpty());
        assertThat(browser.text("#pruefung")).contains("FEHLER");
        assertThat(browser.driver.findElements(By.cssSelector("#wartend tbody tr"))).hasSize(3);
        browser.screenshot("02-eingang");

        browser.open("/");
        assertThat(browser.heading()).isEqualTo("Übersicht");
        browser.find("#lauf-starten").click();
        browser.waitFor(Duration.ofSeconds(20), d -> !d.findElements(By.cssSelector(".hinweis")).isEmpty());
        assertThat(browser.text(".hinweis")).contains("gestartet");
        waitUntilRunsCompleted(1);
        assertThat(browser.text("#laeufe-tabelle tbody tr td.status")).isEqualTo("abgeschlossen");
        browser.screenshot("03-uebersicht");

        browser.open("/downloads");
        assertThat(browser.driver.findElements(By.cssSelector("#dateien a"))).extracting(WebElement::getText)
                .contains(LIPPE_WORKBOOK, DETMOLD_WORKBOOK, "placements.csv");
        browser.screenshot("04-downloads");

        browser.open("/zuweisungen");
        // 300 children, a page of 100 at a time
        assertThat(browser.text("#kinder")).isEqualTo("300 Kinder");
        assertThat(browser.driver.findElements(By.cssSelector("#zuweisungen-tabelle tbody tr"))).hasSize(100);
        assertThat(browser.text("nav.seiten")).contains("Seite 1 von 3");
        browser.screenshot("05-zuweisungen");
        String someCase = browser.driver.findElements(By.cssSelector("#zuweisungen-tabelle tbody tr")).get(42)
                .getAttribute("data-case");
        browser.find("input[name=suche]").sendKeys(someCase + "\n");
        browser.waitFor(Duration.ofSeconds(20), d -> d.getCurrentUrl().contains("suche="));
        assertThat(browser.driver.findElements(By.cssSelector("#zuweisungen-tabelle tbody tr"))).singleElement()
                .satisfies(row -> assertThat(row.getAttribute("data-case")).isEqualTo(someCase));
        browser.open("/zuweisungen");
        // the filter applies as it is chosen (no button needed), and each choice says how many it shows
        Select status = new Select(browser.find("select[name=status]"));
        assertThat(status.getOptions()).anySatisfy(option -> assertThat(option.getText()).matches("nicht zugewiesen \\(\\d+\\)"));
        status.selectByValue("NICHT_ZUGEWIESEN");
        browser.waitFor(Duration.ofSeconds(20), d -> d.getCurrentUrl().contains("status=NICHT_ZUGEWIESEN"));
        List<WebElement> unassigned = browser.driver.findElements(By.cssSelector("#zuweisungen-tabelle tbody tr"));
        assertThat(unassigned).isNotEmpty().allSatisfy(row ->
                assertThat(row.findElement(By.cssSelector(".marke-status")).getText()).isEqualTo("nicht zugewiesen"));

        browser.open("/nicht-zugewiesen");
        assertThat(browser.driver.findElements(By.cssSelector("#warteliste tbody tr"))).hasSameSizeAs(unassigned);
        browser.screenshot("06-nicht-zugewiesen");

        browser.open("/karte");
        // Circles may overlap; the last one drawn lies on top and takes the click.
        List<WebElement> circles = browser.driver.findElements(By.cssSelector("#karte a"));
        WebElement school = circles.get(circles.size() - 1);
        String schoolLink = school.getDomAttribute("href");
        browser.screenshot("07-karte");
        school.click();
        browser.waitFor(Duration.ofSeconds(20), d -> d.getCurrentUrl().contains(schoolLink));
        assertThat(browser.driver.findElements(By.cssSelector("#schulliste tbody tr"))).hasSize(1);
        browser.logOut();
    }

    @Test
    @Order(3)
    void administratorPinsAPupilToAnotherSchoolAndReplans() {
        long firstRun = latestRunId();
        choosePupilToMove(firstRun);
        browser.logIn("admin", "Test-Admin-2026");
        browser.open("/schueler/" + movedCase);
        String before = browser.text("#aktuelle-schule");
        assertThat(before).doesNotContain(pinnedSchool);
        assertThat(browser.driver.findElements(By.cssSelector("#kandidaten-tabelle tr[data-school='" + pinnedSchool + "']")))
                .hasSize(1);
        browser.screenshot("08-schueler");

        new Select(browser.find("#korrektur-aktion")).selectByVisibleText("fest zuweisen");
        new Select(browser.find("#korrektur-schule")).selectByValue(pinnedSchool);
        browser.find("#korrektur-grund").sendKeys("Familie zieht in die Nähe der Schule");
        browser.find("#korrektur-speichern").click();
        browser.waitFor(Duration.ofSeconds(20), d -> !d.findElements(By.cssSelector(".hinweis")).isEmpty());
        assertThat(browser.text(".hinweis")).contains("gespeichert");
        assertThat(browser.text("#korrekturen-tabelle")).contains("fest zuweisen").contains(pinnedSchool)
                .contains("Familie zieht in die Nähe der Schule");

        browser.find("#neu-planen").click();
        browser.waitFor(Duration.ofSeconds(20), d -> d.getPageSource().contains("<h1>Übersicht</h1>"));
        waitUntilRunsCompleted(2);
        browser.screenshot("09-uebersicht-neu-geplant");

        browser.open("/schueler/" + movedCase);
        assertThat(browser.text("#aktuelle-schule")).contains(pinnedSchool);
        assertThat(browser.text("#aktuelle-zuweisung .marke-status")).isEqualTo("fest zugewiesen");
        List<WebElement> versions = browser.driver.findElements(By.cssSelector("#verlauf-tabelle tbody tr"));
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).getText()).contains(pinnedSchool).contains("fest zugewiesen");
        assertThat(versions.get(1).getText()).contains(before.replaceAll(".*\\((\\d{6})\\)$", "$1"));
        browser.screenshot("10-schueler-nach-korrektur");
        browser.logOut();
    }

    @Test
    @Order(4)
    void schoolAuthoritySeesOnlyItsOwnListAndIsRefusedTheOthers() {
        long run = latestRunId();
        List<PlannedPlacement> plan = placements.findByRun(run);
        long lippeRows = plan.stream().filter(p -> p.authorities().contains(TestUsers.SCHULAMT_LIPPE)).count();
        String bezregOnly = plan.stream().filter(p -> p.authorities().equals(List.of(TestUsers.BEZREG_DETMOLD)))
                .findFirst().orElseThrow().caseNumber();

        browser.logIn("schulamt", "Test-Schulamt-2026");
        browser.open("/zuweisungen");
        assertThat(browser.text("#kinder")).isEqualTo(lippeRows + " Kinder");
        assertThat(browser.driver.findElements(By.cssSelector("#zuweisungen-tabelle tbody tr")))
                .hasSize((int) Math.min(lippeRows, 100));
        assertThat(browser.driver.findElements(By.cssSelector("nav a[href='/eingang']"))).isEmpty();
        browser.screenshot("11-zuweisungen-schulamt");
        browser.open("/downloads");
        assertThat(browser.driver.findElements(By.cssSelector("#dateien a"))).isNotEmpty()
                .extracting(WebElement::getText).containsOnly(LIPPE_WORKBOOK);
        browser.screenshot("12-downloads-schulamt");
        browser.open("/downloads/" + run + "/" + DETMOLD_WORKBOOK);
        assertThat(browser.heading()).isEqualTo("Keine Berechtigung");

        browser.open("/zuweisungen?aufsicht=" + TestUsers.BEZREG_DETMOLD.replace(" ", "%20"));
        assertThat(browser.heading()).isEqualTo("Keine Berechtigung");
        assertThat(browser.text(".problem")).contains(TestUsers.SCHULAMT_LIPPE);
        browser.screenshot("13-verweigert");
        browser.open("/schueler/" + bezregOnly);
        assertThat(browser.heading()).isEqualTo("Keine Berechtigung");
        browser.open("/eingang");
        assertThat(browser.heading()).isEqualTo("Keine Berechtigung");
        browser.open("/gibt-es-nicht");
        assertThat(browser.heading()).isEqualTo("Nicht gefunden");
        browser.screenshot("13b-nicht-gefunden");
        assertThat(browser.text("nav")).contains("Zuweisungen");
        browser.logOut();

        browser.logIn("bezreg", "Test-Bezreg-2026");
        browser.open("/schueler/" + bezregOnly);
        assertThat(browser.text("#fallnummer")).isEqualTo(bezregOnly);
        assertThat(browser.driver.findElements(By.id("korrektur-formular"))).isEmpty();
        browser.logOut();
    }

    @Test
    @Order(5)
    void schoolAuthorityConfirmsOneChildAndDeclinesAnotherInTheWorkspaceAndAThirdThroughItsList() throws Exception {
        long run = latestRunId();
        List<String> chosen = lippeChildrenWithAnotherSchool(run, 3);
        confirmedCase = chosen.get(0);
        declinedCase = chosen.get(1);
        listDeclinedCase = chosen.get(2);
        schoolBefore.put(confirmedCase, placements.findByRun(run).stream()
                .filter(p -> p.caseNumber().equals(confirmedCase)).findFirst().orElseThrow().schoolNumber());
        for (String caseNumber : List.of(declinedCase, listDeclinedCase)) {
            schoolBefore.put(caseNumber, placements.findByRun(run).stream()
                    .filter(p -> p.caseNumber().equals(caseNumber)).findFirst().orElseThrow().schoolNumber());
        }

        browser.logIn("schulamt", "Test-Schulamt-2026");
        browser.open("/schueler/" + confirmedCase);
        assertThat(browser.text("#entscheidung-formular legend")).contains(schoolBefore.get(confirmedCase));
        browser.screenshot("14-schueler-schulaufsicht");
        browser.find("#entscheidung-formular input[value=aufnehmen]").click();
        browser.find("#entscheidung-speichern").click();
        browser.waitFor(Duration.ofSeconds(20), d -> !d.findElements(By.cssSelector(".hinweis")).isEmpty());
        assertThat(browser.text(".hinweis")).contains("Entscheidung gespeichert").contains("Aufnahme bestätigt");

        browser.open("/schueler/" + declinedCase);
        // A decline without a reason is refused, and the choice made stays
        browser.find("#entscheidung-formular input[value=ablehnen]").click();
        browser.find("#entscheidung-speichern").click();
        browser.waitFor(Duration.ofSeconds(20), d -> !d.findElements(By.cssSelector(".problem")).isEmpty());
        assertThat(browser.text(".problem")).contains("eine Ablehnung braucht einen Grund");
        assertThat(browser.find("#entscheidung-formular input[value=ablehnen]").isSelected()).isTrue();
        browser.find("#entscheidung-grund").sendKeys("Klasse voll, die Schulleitung lehnt ab");
        browser.find("#entscheidung-speichern").click();
        browser.waitFor(Duration.ofSeconds(20), d -> !d.findElements(By.cssSelector(".hinweis")).isEmpty());
        assertThat(browser.text(".hinweis")).contains("abgelehnt").contains("an einer anderen Schule");
        browser.screenshot("15-schueler-abgelehnt");
        browser.logOut();

        // The authority writes its decision into the list it was sent, in another program than ours, and the
        // KI puts the returned list into the Eingang.
        Path list = Path.of(jdbc.queryForObject("SELECT output_dir FROM planning_run WHERE id = ?", String.class, run))
                .resolve(LIPPE_WORKBOOK);
        Path returned = Path.of("target/test-files/browser/Zuweisungen_Lippe_zurueck.xlsx").toAbsolutePath();
        OtherWriters.openpyxl(returned, "wb = openpyxl.load_workbook(r'''" + list.toAbsolutePath() + "''')\n"
                + "ws = next(s for s in wb.worksheets if s.title.startswith('" + schoolBefore.get(listDeclinedCase) + " '))\n"
                + "headers = [c.value for c in ws[1]]\n"
                + "row = next(r for r in ws.iter_rows(min_row=2) if str(r[0].value) == '" + listDeclinedCase + "')\n"
                + "row[headers.index('Entscheidung')].value = 'abgelehnt'\n"
                + "row[headers.index('Grund der Entscheidung')].value = 'kein Platz im Jahrgang'\n"
                + "wb.save(out)\n");
        browser.logIn("beratung", "Test-Beratung-2026");
        browser.open("/eingang");
        browser.find("#dateien").sendKeys(returned.toString());
        browser.find("#hochladen button[type=submit]").click();
        browser.waitFor(Duration.ofSeconds(30), d -> !d.findElements(By.id("pruefung")).isEmpty());
        assertThat(browser.text("#wartend")).contains(returned.getFileName().toString());
        browser.screenshot("16-eingang-rueckgabe");
        browser.logOut();
    }

    @Test
    @Order(6)
    void theNextRunPlansTheDeclinedChildrenElsewhereAndTheBeratungSeesEachOutcome() {
        browser.logIn("beratung", "Test-Beratung-2026");
        browser.open("/");
        browser.find("#lauf-starten").click();
        waitUntilRunsCompleted(3);

        browser.open("/schueler/" + confirmedCase);
        assertThat(browser.text("#aktuelle-zuweisung .marke-status")).isEqualTo("bestätigt");
        assertThat(browser.text("#aktuelle-schule")).contains(schoolBefore.get(confirmedCase));
        assertThat(browser.text("#korrekturen-tabelle")).contains("Aufnahme bestätigt durch " + TestUsers.SCHULAMT_LIPPE);

        browser.open("/schueler/" + declinedCase);
        assertThat(browser.text("#aktuelle-schule")).doesNotContain(schoolBefore.get(declinedCase));
        assertThat(browser.text("#korrekturen-tabelle")).contains("ausschließen")
                .contains("abgelehnt durch " + TestUsers.SCHULAMT_LIPPE + ": Klasse voll, die Schulleitung lehnt ab");
        browser.screenshot("17-schueler-beratung-nach-ablehnung");

        browser.open("/schueler/" + listDeclinedCase);
        assertThat(browser.text("#aktuelle-schule")).doesNotContain(schoolBefore.get(listDeclinedCase));
        assertThat(browser.text("#korrekturen-tabelle")).contains("abgelehnt durch " + TestUsers.SCHULAMT_LIPPE
                + ": kein Platz im Jahrgang").contains("Rückgabe der Liste");

        // Where is a free place near this child: the map for the child, from its page
        browser.find("#karte-fuer-kind").click();
        browser.waitFor(Duration.ofSeconds(20), d -> d.getCurrentUrl().contains("fall=" + listDeclinedCase));
        assertThat(browser.driver.findElements(By.cssSelector("#angebotene-schulen tbody tr"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.id("wohnort"))).hasSize(1);
        browser.screenshot("18-karte-fuer-kind");

        // The Beratung proposes a correction; it is checked at once and waits for the administration
        browser.open("/schueler/" + movedCase);
        new Select(browser.find("#vorschlag-aktion")).selectByVisibleText("zurückziehen");
        browser.find("#vorschlag-grund").sendKeys("Familie ist nach Bielefeld verzogen");
        browser.find("#vorschlag-speichern").click();
        browser.waitFor(Duration.ofSeconds(20), d -> !d.findElements(By.cssSelector(".hinweis")).isEmpty());
        assertThat(browser.text("#vorschlaege-tabelle")).contains("Familie ist nach Bielefeld verzogen");
        browser.screenshot("19-schueler-vorschlag");
        browser.logOut();
    }

    @Test
    @Order(7)
    void administratorWorksTheOpenProposalsPageAndTheBeratungSeesTheNote() {
        browser.logIn("admin", "Test-Admin-2026");
        browser.open("/vorschlaege");
        assertThat(browser.heading()).contains("1 offen");
        WebElement proposal = browser.find("#offene-vorschlaege tbody tr");
        String id = proposal.getAttribute("data-proposal");
        browser.screenshot("20-vorschlaege-admin");
        browser.find("#annehmen-notiz-" + id).sendKeys("Abmeldung liegt vor");
        browser.find("button[aria-label='Vorschlag Nr. " + id + " annehmen']").click();
        browser.waitFor(Duration.ofSeconds(20), d -> !d.findElements(By.cssSelector(".hinweis")).isEmpty());
        assertThat(browser.driver.getCurrentUrl()).contains("/vorschlaege");
        assertThat(browser.heading()).contains("0 offen");
        assertThat(browser.text("#entschiedene-vorschlaege tr[data-proposal='" + id + "'] .notiz"))
                .isEqualTo("Abmeldung liegt vor");
        browser.logOut();

        browser.logIn("beratung", "Test-Beratung-2026");
        browser.open("/vorschlaege");
        assertThat(browser.text("#entschiedene-vorschlaege tr[data-proposal='" + id + "'] .entscheidung"))
                .startsWith("angenommen von admin");
        assertThat(browser.text("#entschiedene-vorschlaege tr[data-proposal='" + id + "'] .notiz"))
                .isEqualTo("Abmeldung liegt vor");
        browser.screenshot("21-vorschlaege-beratung");
        browser.logOut();
    }

    /** Placed children at Lippe's schools, planned (not fixed), each with another school the rules offer. */
    private List<String> lippeChildrenWithAnotherSchool(long run, int how) {
        List<String> found = new ArrayList<>();
        for (PlannedPlacement placement : placements.findByRun(run)) {
            if (placement.status() != PlacementStatus.VORGESCHLAGEN || placement.caseNumber().equals(movedCase)
                    || !placement.authorities().equals(List.of(TestUsers.SCHULAMT_LIPPE))) {
                continue;
            }
            boolean other = candidateSchools.of(placement.caseNumber(), LocalDate.now()).stream()
                    .flatMap(c -> c.candidates().stream())
                    .anyMatch(c -> !c.schoolNumber().equals(placement.schoolNumber()) && c.freePlaces() > 0);
            if (other) {
                found.add(placement.caseNumber());
            }
            if (found.size() == how) {
                return found;
            }
        }
        throw new AssertionError("the sample plan has fewer than " + how + " Lippe children with a second school");
    }

    private long latestRunId() {
        return jdbc.queryForObject("SELECT max(id) FROM planning_run", Long.class);
    }

    /** A placed pupil with another allowed school nearby: the administrator pins the pupil there. */
    private void choosePupilToMove(long run) {
        for (PlannedPlacement placement : placements.findByRun(run)) {
            if (placement.status() != PlacementStatus.VORGESCHLAGEN) {
                continue;
            }
            Optional<Candidate> other = candidateSchools.of(placement.caseNumber(), LocalDate.now()).stream()
                    .flatMap(c -> c.candidates().stream())
                    .filter(c -> !c.schoolNumber().equals(placement.schoolNumber()) && c.freePlaces() > 0)
                    .findFirst();
            if (other.isPresent()) {
                movedCase = placement.caseNumber();
                pinnedSchool = other.get().schoolNumber();
                return;
            }
        }
        throw new AssertionError("the sample plan has no pupil with a second allowed school");
    }

    /** Waits on the Übersicht (which refreshes itself) until the given number of runs have completed. */
    private void waitUntilRunsCompleted(int runs) {
        browser.waitFor(RUN_TIMEOUT, driver -> {
            List<WebElement> statuses = driver.findElements(By.cssSelector("#laeufe-tabelle tbody td.status"));
            boolean active = !driver.findElements(By.id("laufender-lauf")).isEmpty();
            if (!active && statuses.size() < runs) {
                // The page stops refreshing when no run is active; a reload shows a run that just ended.
                driver.navigate().refresh();
                return false;
            }
            return !active && statuses.stream().filter(s -> s.getText().equals("abgeschlossen")).count() >= runs;
        });
    }
}
