package de.schulplatz.batch;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.SampleRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Without Chromium and LibreOffice the run still delivers the lists and says which documents are missing. */
@DatabaseTest
@TestPropertySource(properties = {"schulplatz.documents.enabled=true", "schulplatz.documents.chromium=/nicht/da/chromium",
        "schulplatz.documents.office=/nicht/da/soffice"})
class DocumentsWithoutProgramsRunTest {

    @Autowired
    PlacementRunner runner;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @Test
    void theListsAreWrittenAndEveryMissingDocumentIsNamedWithTheProgram() throws Exception {
        SampleRuns.planSample(runner, jdbc, temp, LocalDate.of(2026, 11, 21));
        Path out = temp.resolve("out");

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("Zuweisungen_Schulamt_fuer_den_Kreis_Lippe.xlsx", "placements.csv", "run-summary.json")
                    .noneMatch(name -> name.endsWith(".pdf") || name.startsWith("."));
        }
        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(out.resolve("run-summary.json")));
        List<String> missing = summary.get("documentsNotWritten").valueStream().map(JsonNode::asString).toList();
        assertThat(missing).hasSize(6)
                .contains("Liste als PDF (Schulamt für den Kreis Lippe): LibreOffice fehlt (/nicht/da/soffice)",
                        "Elternbriefe (Bezirksregierung Detmold): Chromium fehlt (/nicht/da/chromium)",
                        "Schulbriefe (Schulamt für den Kreis Lippe): Chromium fehlt (/nicht/da/chromium)");
    }
}
