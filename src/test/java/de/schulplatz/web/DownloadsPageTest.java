package de.schulplatz.web;

import static de.schulplatz.security.TestUsers.BEZREG_DETMOLD;
import static de.schulplatz.security.TestUsers.SCHULAMT_LIPPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.schulplatz.export.ExportService;
import de.schulplatz.audit.AuditLog;
import de.schulplatz.runs.RunRepository;
import de.schulplatz.security.Account;
import de.schulplatz.security.Role;
import de.schulplatz.security.TestUsers;
import de.schulplatz.security.WorkspaceDenials;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/** The Downloads page: the KI gets every output file, a Schulaufsicht its own workbook of published runs. */
@DatabaseTest
class DownloadsPageTest {

    static final RequestPostProcessor BERATUNG = user(new Account("beratung", "x", Role.BERATUNG, null));
    static final RequestPostProcessor SCHULAMT =
            user(new Account("schulamt", "x", Role.SCHULAUFSICHT, SCHULAMT_LIPPE));
    static final String LIPPE_WORKBOOK = ExportService.authorityWorkbookName(SCHULAMT_LIPPE);
    static final String DETMOLD_WORKBOOK = ExportService.authorityWorkbookName(BEZREG_DETMOLD);
    static final List<String> FILES = List.of(LIPPE_WORKBOOK, DETMOLD_WORKBOOK, "placements.csv",
            "Fehlerbericht.xlsx", "run-summary.json");

    @Autowired
    WebApplicationContext context;
    @Autowired
    RunRepository runs;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    MockMvc mvc;

    /** Run 1 published, run 2 not (e.g. stopped before its lists were final), both with every output file. */
    @BeforeEach
    void twoRunsWithFiles() throws Exception {
        DatabaseCleaner.clean(jdbc);
        for (long run = 1; run <= 2; run++) {
            Path out = Files.createDirectories(temp.resolve("run-" + run));
            for (String name : FILES) {
                Files.writeString(out.resolve(name), "Lauf " + run + ": " + name, StandardCharsets.UTF_8);
            }
            Files.writeString(out.resolve(".placements.csv.tmp"), "halb geschrieben", StandardCharsets.UTF_8);
            runs.register(run, LocalDate.of(2026, 11, 21), (int) run, "in", out.toString());
        }
        runs.markPublished(1);
        mvc = TestUsers.mockMvc(context);
    }

    @Test
    void theKiSeesEveryCompleteFileOfEveryRun() throws Exception {
        String page = mvc.perform(get("/downloads").with(BERATUNG)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        for (String name : FILES) {
            assertThat(page).contains("/downloads/1/" + name, "/downloads/2/" + name);
        }
        assertThat(page).doesNotContain(".placements.csv.tmp");
        mvc.perform(get("/downloads/2/placements.csv").with(BERATUNG))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(content().string("Lauf 2: placements.csv"));
    }

    @Test
    void aSchoolAuthoritySeesOnlyItsOwnWorkbookOfPublishedRuns() throws Exception {
        String page = mvc.perform(get("/downloads").with(SCHULAMT)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("/downloads/1/" + LIPPE_WORKBOOK)
                .doesNotContain(DETMOLD_WORKBOOK, "placements.csv", "Fehlerbericht.xlsx", "run-summary.json",
                        "/downloads/2/");

        mvc.perform(get("/downloads/1/" + LIPPE_WORKBOOK).with(SCHULAMT))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andExpect(content().string("Lauf 1: " + LIPPE_WORKBOOK));
        assertThat(audit.recent(1).get(0))
                .extracting(AuditLog.Event::username, AuditLog.Event::action, AuditLog.Event::target)
                .containsExactly("schulamt", "Datei heruntergeladen", "Lauf 1: " + LIPPE_WORKBOOK);
    }

    @Test
    void aSchoolAuthorityAskingForAnotherAuthoritysFileIsDenied() throws Exception {
        // Spring Security forwards to the German denial page (MockMvc does not follow the forward).
        mvc.perform(get("/downloads/1/" + DETMOLD_WORKBOOK).with(SCHULAMT))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl(WorkspaceDenials.PAGE))
                .andExpect(request().attribute(WorkspaceDenials.MESSAGE,
                        "Keine Berechtigung für diese Datei; sichtbar sind nur die Dateien für „" + SCHULAMT_LIPPE + "“, z. B. " + LIPPE_WORKBOOK))
                .andExpect(content().string(""));
        assertThat(audit.recent(1).get(0))
                .extracting(AuditLog.Event::username, AuditLog.Event::action, AuditLog.Event::target)
                .containsExactly("schulamt", "Zugriff verweigert", "GET /downloads/1/" + DETMOLD_WORKBOOK);
        mvc.perform(get("/downloads/1/placements.csv").with(SCHULAMT)).andExpect(status().isForbidden());
        // Its own workbook of a run that is not published is not yet its list.
        mvc.perform(get("/downloads/2/" + LIPPE_WORKBOOK).with(SCHULAMT)).andExpect(status().isForbidden());
    }

    @Test
    void unknownFilesAndRunsAreNotFound() throws Exception {
        mvc.perform(get("/downloads/1/pom.xml").with(BERATUNG)).andExpect(status().isNotFound());
        mvc.perform(get("/downloads/1/.placements.csv.tmp").with(BERATUNG)).andExpect(status().isNotFound());
        mvc.perform(get("/downloads/999/placements.csv").with(BERATUNG)).andExpect(status().isNotFound());
    }

    @Test
    void aLinkOutOfTheRunsFolderIsNeverFollowed() throws Exception {
        Path secret = Files.writeString(temp.resolve("geheim.csv"), "geheim", StandardCharsets.UTF_8);
        Files.createSymbolicLink(temp.resolve("run-1").resolve("verweis.csv"), secret);

        mvc.perform(get("/downloads/1/verweis.csv").with(BERATUNG)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/downloads").with(BERATUNG)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("verweis.csv");
    }
}
