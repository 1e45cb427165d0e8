package de.schulplatz.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.schulplatz.operations.FileSettings;
import de.schulplatz.operations.NightlyRuns;
import de.schulplatz.security.Account;
import de.schulplatz.security.Role;
import de.schulplatz.security.TestUsers;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.TestWorkbooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.context.WebApplicationContext;

/**
 * Names of uploaded files often name a child. They never reach the log: not from the upload, not from the
 * inbox, not from a run, and not from the failure of a run that could not read such a file.
 */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class FileNamesStayOutOfTheLogTest {

    private static final String NAMED_UPLOAD = "Anmeldung_Mustermann_Max_geb_01.03.2018.xlsx";
    private static final String NAMED_BROKEN_FILE = "Zeugnis_Musterfrau_Erika.xlsx";

    @Autowired
    WebApplicationContext context;
    @Autowired
    NightlyRuns nightlyRuns;
    @Autowired
    FileSettings folders;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @BeforeEach
    void clean() throws Exception {
        DatabaseCleaner.clean(jdbc);
        for (Path folder : List.of(folders.inbox(), folders.archive(), folders.outbox())) {
            FileSystemUtils.deleteRecursively(folder);
        }
        Files.createDirectories(folders.inbox());
    }

    @Test
    void noPartOfAChildsFileNameIsLoggedOnTheWayThroughUploadInboxAndRun(CapturedOutput output) throws Exception {
        MockMvc mvc = TestUsers.mockMvc(context);
        byte[] workbook = Files.readAllBytes(new TestWorkbooks()
                .sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ")
                .header().row("KI-77", "Kowalski", "Jan", LocalDate.of(2018, 3, 1), "32756")
                .done().writeTo(temp.resolve("upload.xlsx")));
        mvc.perform(multipart("/eingang").file(new MockMultipartFile("dateien", NAMED_UPLOAD,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook))
                        .with(user(new Account("beratung", "x", Role.BERATUNG, null))).with(csrf()))
                .andExpect(status().isOk());
        assertThat(folders.inbox().resolve(NAMED_UPLOAD)).exists();

        assertThat(nightlyRuns.runNow("Test").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // A file the run cannot read fails it; the failure is logged, the file's name is not.
        Files.writeString(folders.inbox().resolve(NAMED_BROKEN_FILE), "kein xlsx", StandardCharsets.UTF_8);
        assertThat(nightlyRuns.runNow("Test").getStatus()).isEqualTo(BatchStatus.FAILED);

        assertThat(output.getAll()).contains("Run ").contains("UnreadableWorkbookException")
                .doesNotContain("Mustermann").doesNotContain("Max_geb").doesNotContain("01.03.2018")
                .doesNotContain("Musterfrau").doesNotContain("Erika").doesNotContain("Anmeldung_")
                .doesNotContain("Zeugnis_");
    }
}
