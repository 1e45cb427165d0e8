package de.schulplatz.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.schulplatz.batch.PlacementRunner;
import de.schulplatz.intake.ImportProblem;
import de.schulplatz.intake.ImportRepository;
import de.schulplatz.security.AccountDirectory;
import de.schulplatz.security.TestUsers;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.TestWorkbooks;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.UriUtils;

/**
 * A Fallnummer is part of the workspace's and the API's addresses: the import refuses one that would not
 * survive there (a slash splits the address, "A/../X" would lead to another child), and every other one,
 * umlauts and dots included, reaches its pupil's page and history through the links the pages write.
 */
@DatabaseTest
class CaseNumberAddressesTest {

    private static final String SAFE = "SE.2024_17-ä";

    @Autowired
    WebApplicationContext context;
    @Autowired
    PlacementRunner runner;
    @Autowired
    ImportRepository imports;
    @Autowired
    AccountDirectory accounts;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @Test
    void unsafeCaseNumbersAreRejectedAndSafeOnesReachTheirPageThroughTheLinks() throws Exception {
        DatabaseCleaner.clean(jdbc);
        Path input = Files.createDirectories(temp.resolve("in"));
        TestWorkbooks workbook = new TestWorkbooks();
        workbook.sheet("Schulen", "Schulnummer", "Name", "Schulform", "Breitengrad", "Längengrad", "Gemeindeschlüssel")
                .header().row("100001", "Grundschule Eins", "GS", 51.94, 8.87, "05766020");
        workbook.sheet("Freie Plätze", "Schulnummer", "Jahrgang von", "Jahrgang bis", "Freie Plätze")
                .header().row("100001", 1, 4, 5);
        workbook.sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "Breitengrad", "Längengrad")
                .header()
                .row("2024/17", "Eins", "Ada", LocalDate.of(2018, 3, 3), 51.94, 8.871)
                .row("A/../X", "Zwei", "Ben", LocalDate.of(2018, 3, 3), 51.94, 8.871)
                .row(SAFE, "Drei", "Cem", LocalDate.of(2018, 3, 3), 51.94, 8.871)
                .row("X", "Vier", "Dana", LocalDate.of(2018, 3, 3), 51.94, 8.871);
        workbook.writeTo(input.resolve("daten.xlsx"));

        JobExecution run = runner.run(input, temp.resolve("out"), LocalDate.of(2026, 11, 21));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForList("SELECT case_number FROM pupil ORDER BY case_number", String.class))
                .containsExactly(SAFE, "X");
        assertThat(imports.problems(run.getJobInstanceId()))
                .filteredOn(p -> p.severity() == ImportProblem.Severity.FEHLER)
                .extracting(ImportProblem::rowNumber, ImportProblem::value, ImportProblem::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "2024/17", "Fallnummer: Buchstaben, Ziffern und . _ -, "
                                + "am Anfang ein Buchstabe oder eine Ziffer, höchstens 40 Zeichen; kein Schrägstrich "
                                + "(statt 2024/17 bitte 2024-17)"),
                        org.assertj.core.groups.Tuple.tuple(3, "A/../X", "Fallnummer: Buchstaben, Ziffern und . _ -, "
                                + "am Anfang ein Buchstabe oder eine Ziffer, höchstens 40 Zeichen; kein Schrägstrich "
                                + "(statt 2024/17 bitte 2024-17)"));

        MockMvc mvc = TestUsers.mockMvc(context);
        var admin = user(accounts.loadUserByUsername("admin"));
        String list = mvc.perform(get("/zuweisungen").with(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher link = Pattern.compile("href=\"(/schueler/[^\"]+)\">" + Pattern.quote(SAFE) + "<").matcher(list);
        assertThat(link.find()).as("link to the pupil in the list").isTrue();
        URI address = URI.create(link.group(1));
        String page = mvc.perform(get(address).with(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(SAFE).contains("Drei");
        mvc.perform(get("/api/pupils/{fall}/history", SAFE).with(TestUsers.ADMIN.login()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber").value(SAFE));
        assertThat(UriUtils.decode(address.getRawPath(), StandardCharsets.UTF_8)).isEqualTo("/schueler/" + SAFE);
    }
}
