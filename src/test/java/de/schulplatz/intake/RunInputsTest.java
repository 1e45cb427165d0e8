package de.schulplatz.intake;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.runs.RunRepository;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.TestWorkbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import steps of a run read its workbooks once between them, and again only when a file changed. */
@DatabaseTest
class RunInputsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final long RUN = 1;

    @Autowired
    SchoolImport schoolImport;
    @Autowired
    PupilImport pupilImport;
    @Autowired
    CorrectionsImport corrections;
    @Autowired
    RunInputs inputs;
    @Autowired
    RunRepository runs;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path input;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        runs.register(RUN, TODAY, 1, "in", "out");
        inputs.forget();
    }

    @Test
    void theThreeImportStepsReadTheFolderOnce() {
        writeInputs();
        int before = inputs.reads();

        schoolImport.importFrom(input, RUN, TODAY);
        pupilImport.importFrom(input, RUN, TODAY);
        corrections.importFrom(input, RUN, TODAY);

        assertThat(inputs.reads() - before).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pupil", Integer.class)).isEqualTo(1);
        // the places come before their school in the workbook: they are checked once all schools are read
        assertThat(jdbc.queryForObject("SELECT count(*) FROM place_quota", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT wished_schools FROM pupil", String.class)).contains("100001");
    }

    @Test
    void aFileSavedBetweenTwoStepsIsReadAgainByTheNextStep() throws Exception {
        Path file = writeInputs();
        int before = inputs.reads();
        schoolImport.importFrom(input, RUN, TODAY);

        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 1_000));
        pupilImport.importFrom(input, RUN, TODAY);

        assertThat(inputs.reads() - before).isEqualTo(2);
    }

    private Path writeInputs() {
        return new TestWorkbooks()
                .sheet("Freie Plätze", "Schulnummer", "Jahrgang von", "Jahrgang bis", "Freie Plätze").header()
                .row("100001", 1, 4, 3).done()
                .sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ", "Wunschschule 1")
                .header().row("K-1", "Muster", "Ada", LocalDate.of(2018, 3, 3), "32756", "100001").done()
                .sheet("Schulen", "Schulnummer", "Name", "Schulform", "PLZ").header()
                .row("100001", "Grundschule Am Markt", "GS", "32756").done()
                .writeTo(input.resolve("daten.xlsx"));
    }
}
