package de.schulplatz.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.schools.School;
import de.schulplatz.schools.SchoolRepository;
import de.schulplatz.security.AccountDirectory;
import de.schulplatz.security.TestUsers;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.SampleRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample run with documents on (LibreOffice and Chromium as .ci/run installs them): beside each authority's
 * workbook its print as PDF, the family letters and the school letters, all listed in run-summary.json; what is on
 * the printed pages is read back from the PDFs.
 */
@DatabaseTest
@TestPropertySource(properties = "schulplatz.documents.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsRunTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    static final String LIPPE = "Schulamt_fuer_den_Kreis_Lippe";

    @Autowired
    PlacementRunner runner;
    @Autowired
    PlacementRepository placements;
    @Autowired
    SchoolRepository schools;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    static Path temp;

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountDirectory accounts;

    Path out;
    long runId;
    List<PlannedPlacement> plan;

    @BeforeAll
    void sampleRun() throws Exception {
        runId = SampleRuns.planSample(runner, jdbc, temp, DAY).getJobInstanceId();
        out = temp.resolve("out");
        plan = placements.findByRun(runId);
    }

    @Test
    void everyAuthorityGetsItsListAsPdfAndItsLettersAllInTheSummary() throws Exception {
        for (String authority : List.of(LIPPE, "Bezirksregierung_Detmold")) {
            assertThat(out.resolve("Zuweisungen_" + authority + ".pdf")).isNotEmptyFile();
            assertThat(out.resolve("Elternbriefe_" + authority + ".pdf")).isNotEmptyFile();
            assertThat(out.resolve("Schulbriefe_" + authority + ".pdf")).isNotEmptyFile();
        }
        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(out.resolve("run-summary.json")));
        assertThat(summary.get("documentsNotWritten")).isEmpty();
        assertThat(summary.get("outputFiles").toString()).contains("Zuweisungen_" + LIPPE + ".pdf")
                .contains("Elternbriefe_" + LIPPE + ".pdf").contains("Schulbriefe_" + LIPPE + ".pdf");
    }

    @Test
    void aPrintedSchoolPageNamesSchoolAuthorityRunPageAndConfidentiality() throws Exception {
        PlannedPlacement placed = plan.stream().filter(PlannedPlacement::isPlaced)
                .filter(p -> p.authorities().contains("Schulamt für den Kreis Lippe")).findFirst().orElseThrow();
        School school = schools.find(placed.schoolNumber()).orElseThrow();

        List<String> pages = pages(out.resolve("Zuweisungen_" + LIPPE + ".pdf"));

        String page = pages.stream().filter(p -> p.contains(placed.caseNumber())).findFirst().orElseThrow();
        assertThat(page).contains(school.name().substring(0, Math.min(20, school.name().length())))
                .contains("(" + school.schoolNumber() + ")").contains(school.address().city())
                .contains("Schulamt für den Kreis Lippe").contains("Planung vom 21.11.2026, Lauf")
                .contains("Vertraulich – enthält personenbezogene Daten").containsPattern("Seite \\d+ von " + pages.size());
        // the summary sheet too: its own title on its first page
        assertThat(pages.get(0)).contains("Übersicht der Plätze").contains("Seite 1 von " + pages.size());
    }

    @Test
    void eachPlacedChildHasALetterWithItsSchoolAndEachSchoolALetterWithItsChildren() throws Exception {
        List<PlannedPlacement> lippe = plan.stream().filter(PlannedPlacement::isPlaced)
                .filter(p -> p.authorities().contains("Schulamt für den Kreis Lippe")).toList();

        List<String> letters = pages(out.resolve("Elternbriefe_" + LIPPE + ".pdf"));
        for (PlannedPlacement child : lippe) {
            School school = schools.find(child.schoolNumber()).orElseThrow();
            assertThat(letters).as("letter of %s", child.caseNumber())
                    .anySatisfy(page -> assertThat(page).contains("Fall " + child.caseNumber())
                            .contains(school.address().street()).contains("Zuweisung eines Schulplatzes"));
        }
        String schoolLetters = String.join("\n", pages(out.resolve("Schulbriefe_" + LIPPE + ".pdf")));
        assertThat(lippe).allSatisfy(child -> assertThat(schoolLetters).contains(child.caseNumber()));
        assertThat(schoolLetters).doesNotContain(plan.stream().filter(PlannedPlacement::isPlaced)
                .filter(p -> !p.authorities().contains("Schulamt für den Kreis Lippe")).findFirst().orElseThrow()
                .caseNumber());
    }

    @Test
    void aChildsLetterComesOnDemandFromItsPageAndARunsDocumentsAgainFromDownloads() throws Exception {
        MockMvc mvc = TestUsers.mockMvc(context);
        PlannedPlacement lippeChild = plan.stream().filter(PlannedPlacement::isPlaced)
                .filter(p -> p.authorities().equals(List.of("Schulamt für den Kreis Lippe"))).findFirst().orElseThrow();
        PlannedPlacement detmoldChild = plan.stream().filter(PlannedPlacement::isPlaced)
                .filter(p -> p.authorities().equals(List.of("Bezirksregierung Detmold"))).findFirst().orElseThrow();

        byte[] pdf = mvc.perform(get("/schueler/" + lippeChild.caseNumber() + "/elternbrief.pdf")
                        .with(user(accounts.loadUserByUsername("beratung"))))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("Fall " + lippeChild.caseNumber());
        }
        mvc.perform(get("/schueler/" + detmoldChild.caseNumber() + "/elternbrief.pdf")
                .with(user(accounts.loadUserByUsername("schulamt")))).andExpect(status().isForbidden());

        Files.delete(out.resolve("Schulbriefe_" + LIPPE + ".pdf"));
        mvc.perform(post("/downloads/" + runId + "/dokumente").with(csrf())
                .with(user(accounts.loadUserByUsername("schulamt")))).andExpect(status().isForbidden());
        mvc.perform(post("/downloads/" + runId + "/dokumente").with(csrf())
                .with(user(accounts.loadUserByUsername("beratung")))).andExpect(status().is3xxRedirection());
        assertThat(out.resolve("Schulbriefe_" + LIPPE + ".pdf")).isNotEmptyFile();
    }

    private static List<String> pages(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new java.util.ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }
}
