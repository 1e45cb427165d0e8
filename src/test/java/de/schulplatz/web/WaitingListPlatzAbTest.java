package de.schulplatz.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.schulplatz.batch.PlacementRunner;
import de.schulplatz.security.AccountDirectory;
import de.schulplatz.security.TestUsers;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.TestWorkbooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/** A child with a place reserved for later stays on the waiting list, with the expected day and the school. */
@DatabaseTest
class WaitingListPlatzAbTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    PlacementRunner runner;
    @Autowired
    AccountDirectory accounts;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @Test
    void theWaitingListShowsTheDayAndSchoolOfAPlaceFreeLater() throws Exception {
        DatabaseCleaner.clean(jdbc);
        Path in = Files.createDirectories(temp.resolve("in"));
        TestWorkbooks schools = new TestWorkbooks();
        var schoolSheet = schools.sheet("Schulen", "Schulnummer", "Name", "Schulform", "Breitengrad", "Längengrad",
                "Gemeindeschlüssel").header();
        var places = schools.sheet("Freie Plätze", "Schulnummer", "Jahrgang von", "Jahrgang bis", "Freie Plätze",
                "frei ab").header();
        schoolSheet.row("500001", "Grundschule A", "GS", 51.9410, 8.8700, "05766020");
        schoolSheet.row("500002", "Grundschule B", "GS", 51.9450, 8.8750, "05766020");
        places.row("500001", 1, 4, 1, null).row("500002", 1, 4, 1, LocalDate.of(2027, 1, 4));
        schools.writeTo(in.resolve("schulen.xlsx"));
        var pupils = new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum",
                "Breitengrad", "Längengrad", "Registriert am").header();
        pupils.row("P-1", "Eins", "Kind", LocalDate.of(2019, 3, 3), 51.9405, 8.8700, LocalDate.of(2026, 6, 1));
        pupils.row("P-2", "Zwei", "Kind", LocalDate.of(2019, 4, 4), 51.9405, 8.8705, LocalDate.of(2026, 11, 1));
        pupils.done().writeTo(in.resolve("schueler.xlsx"));
        runner.run(in, temp.resolve("out"), LocalDate.of(2026, 12, 2));

        String html = TestUsers.mockMvc(context).perform(get("/nicht-zugewiesen")
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Map<String, String> rows = WaitingListPageTest.rows(html);
        assertThat(rows).containsOnlyKeys("P-2");
        assertThat(HtmlUtils.htmlUnescape(rows.get("P-2"))).contains("<td>ab 04.01.2027, Grundschule B</td>")
                .contains("Platz ab 04.01.2027 an Grundschule B (500002)");
    }
}
