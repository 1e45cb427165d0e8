package de.schulplatz.batch;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.TestWorkbooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole placementJob on the sample data, against the embedded PostgreSQL. */
@DatabaseTest
class PlacementJobTest {

    private static final LocalDate PLANNING_DATE = LocalDate.of(2026, 11, 21);

    @Autowired
    PlacementRunner runner;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @BeforeEach
    void cleanDatabase() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void sampleRunCompletesWithinFreePlacesAndAccountsForEveryPupil() throws Exception {
        Path input = TestWorkbooks.copySampleData(temp.resolve("in"));
        Path output = temp.resolve("out");

        JobExecution execution = runner.run(input, output, PLANNING_DATE);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long runId = execution.getJobInstanceId();
        List<Map<String, Object>> overfilled = jdbc.queryForList("""
                SELECT q.school_number, q.group_kind, q.grade_from, q.free_places, count(p.case_number) AS used
                FROM place_quota q JOIN placement p ON p.school_number = q.school_number
                    AND p.group_kind = q.group_kind AND p.grade BETWEEN q.grade_from AND q.grade_to AND p.run_id = ?
                GROUP BY q.school_number, q.group_kind, q.grade_from, q.free_places
                HAVING count(p.case_number) > q.free_places
                """, runId);
        assertThat(overfilled).isEmpty();
        Integer pupils = jdbc.queryForObject("SELECT count(*) FROM pupil", Integer.class);
        Integer planned = jdbc.queryForObject("SELECT count(*) FROM placement WHERE run_id = ?", Integer.class, runId);
        assertThat(planned).isEqualTo(pupils).isGreaterThan(250);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM placement WHERE run_id = ? AND reason = ''",
                Integer.class, runId)).isZero();

        try (Stream<Path> files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("placements.csv", "run-summary.json",
                    "Fehlerbericht.xlsx", "Zuweisungen_Schulamt_fuer_den_Kreis_Lippe.xlsx",
                    "Zuweisungen_Bezirksregierung_Detmold.xlsx");
        }
    }

    @Test
    void workbooksCsvAndSummaryAgree() throws Exception {
        Path input = TestWorkbooks.copySampleData(temp.resolve("in"));
        Path output = temp.resolve("out");
        assertThat(runner.run(input, output, PLANNING_DATE).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<String[]> csv = Files.readAllLines(output.resolve("placements.csv"), StandardCharsets.UTF_8).stream()
                .skip(1).map(line -> line.split(";", -1)).toList();
        Map<String, String> schoolOfPupilInWorkbooks = new HashMap<>();
        Set<String> unassignedInWorkbooks = new HashSet<>();
        List<Path> workbooks = new ArrayList<>();
        try (Stream<Path> files = Files.list(output)) {
            files.filter(p -> p.getFileName().toString().startsWith("Zuweisungen_")).forEach(workbooks::add);
        }
        DataFormatter formatter = new DataFormatter();
        for (Path file : workbooks) {
            try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                assertThat(workbook.getSheet("Übersicht")).isNotNull();
                assertThat(workbook.getSheet("Nicht zugewiesen")).isNotNull();
                assertThat(workbook.getSheet("Auswertung")).isNotNull();
                for (Sheet sheet : workbook) {
                    String name = sheet.getSheetName();
                    if (List.of("Übersicht", "Liste", "Auswertung", "Änderungen", "Korrekturen").contains(name)) {
                        continue;
                    }
                    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                    int reasonColumn = -1;
                    for (Row row : sheet) {
                        if (row.getRowNum() == 0) {
                            for (int c = 0; c < row.getLastCellNum(); c++) {
                                if (List.of("Begründung", "Grund").contains(formatter.formatCellValue(row.getCell(c)))) {
                                    reasonColumn = c;
                                }
                            }
                            continue;
                        }
                        String caseNumber = formatter.formatCellValue(row.getCell(0));
                        // every pupil has a Begründung (or Grund): never empty
                        assertThat(formatter.formatCellValue(row.getCell(reasonColumn)))
                                .as("reason of %s", caseNumber).isNotBlank();
                        if (name.equals("Nicht zugewiesen")) {
                            unassignedInWorkbooks.add(caseNumber);
                        } else {
                            schoolOfPupilInWorkbooks.put(caseNumber, name.substring(0, 6));
                        }
                    }
                }
            }
        }
        for (String[] line : csv) {
            if (line[1].isEmpty()) {
                assertThat(line[4]).isEqualTo("NICHT_ZUGEWIESEN");
                assertThat(unassignedInWorkbooks).as("unassigned %s listed", line[0]).contains(line[0]);
            } else {
                assertThat(schoolOfPupilInWorkbooks).as("school of %s", line[0]).containsEntry(line[0], line[1]);
            }
        }
        long placedInCsv = csv.stream().filter(line -> !line[1].isEmpty()).count();
        assertThat(schoolOfPupilInWorkbooks).hasSize((int) placedInCsv);

        JsonNode summary = JsonMapper.builder().build().readTree(output.resolve("run-summary.json").toFile());
        JsonNode pupils = summary.get("pupils");
        assertThat(pupils.get("read").asInt())
                .isEqualTo(pupils.get("imported").asInt() + pupils.get("rejected").asInt());
        assertThat(pupils.get("rejected").asInt()).isEqualTo(4);
        JsonNode plan = summary.get("plan");
        assertThat(plan.get("planned").asInt()).isEqualTo(csv.size())
                .isEqualTo(plan.get("placed").asInt() + plan.get("unassigned").asInt());
        assertThat(plan.get("placed").asLong()).isEqualTo(placedInCsv);
        assertThat(summary.get("score").get("hard").asLong()).isZero();
        assertThat(summary.get("outputFiles").toString()).contains("placements.csv", "Fehlerbericht.xlsx");
        assertThat(summary.get("constraints").toString()).contains("Schulweg", "Faire Verteilung");
        assertThat(summary.get("figures").get("medianKm").asDouble()).isPositive();

        try (Workbook report = WorkbookFactory.create(output.resolve("Fehlerbericht.xlsx").toFile(), null, true)) {
            Sheet counts = report.getSheet("Zusammenfassung");
            Row total = counts.getRow(counts.getLastRowNum());
            assertThat(formatter.formatCellValue(total.getCell(0))).isEqualTo("Summe");
            assertThat(total.getCell(2).getNumericCellValue())
                    .isEqualTo(total.getCell(3).getNumericCellValue() + total.getCell(4).getNumericCellValue());
            // The sample's four faulty pupils are its last rows, 302-305 below the header and 300 good rows.
            Set<String> rejectedRows = new HashSet<>();
            for (Row row : report.getSheet("Fehler und Hinweise")) {
                if ("Fehler".equals(formatter.formatCellValue(row.getCell(0)))) {
                    rejectedRows.add(formatter.formatCellValue(row.getCell(1)) + ":"
                            + formatter.formatCellValue(row.getCell(3)));
                }
            }
            assertThat(rejectedRows).containsExactlyInAnyOrder("schueler.xlsx:302", "schueler.xlsx:303",
                    "schueler.xlsx:304", "schueler.xlsx:305");
        }
    }

    @Test
    void secondRunOnTheSameDayDuplicatesNothing() throws Exception {
        Path input = TestWorkbooks.copySampleData(temp.resolve("in"));
        JobExecution first = runner.run(input, temp.resolve("out1"), PLANNING_DATE);
        int pupils = count("pupil");
        int schools = count("school");
        int quotas = count("place_quota");

        JobExecution second = runner.run(input, temp.resolve("out2"), PLANNING_DATE);

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getJobInstanceId()).isNotEqualTo(first.getJobInstanceId());
        assertThat(second.getJobParameters().getLong("runNumber")).isEqualTo(2L);
        assertThat(count("pupil")).isEqualTo(pupils);
        assertThat(count("school")).isEqualTo(schools);
        assertThat(count("place_quota")).isEqualTo(quotas);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM placement WHERE run_id = ?", Integer.class,
                second.getJobInstanceId())).isEqualTo(pupils);
    }

    @Test
    void unreadableFileFailsTheRunAndImportsNothing() throws Exception {
        Path input = TestWorkbooks.copySampleData(temp.resolve("in"));
        Files.writeString(input.resolve("zusatz.xlsx"), "Fallnummer;Nachname\nA-1;Muster\n");

        JobExecution execution = runner.run(input, temp.resolve("out"), PLANNING_DATE);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getAllFailureExceptions()).first()
                .extracting(Throwable::getMessage).asString()
                .contains("zusatz.xlsx").contains("keine Excel-Arbeitsmappe");
        assertThat(count("school")).isZero();
        assertThat(count("place_quota")).isZero();
        assertThat(count("pupil")).isZero();
        assertThat(Files.exists(temp.resolve("out").resolve("placements.csv"))).isFalse();
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }
}
