package de.schulplatz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.TestWorkbooks;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sample-data story of the override issue, through the command line: run, pin one pupil elsewhere,
 * run again; the pupil is at the pinned school, Änderungen lists exactly that move, history shows both.
 */
@DatabaseTest
class OverrideCommandsTest {

    @Autowired
    CommandLine commandLine;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        originalOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
    }

    @Test
    void pinThroughTheCommandLineThenReplan() throws Exception {
        Path input = TestWorkbooks.copySampleData(temp.resolve("in"));
        assertThat(run("run", "--input", input.toString(), "--output", temp.resolve("out1").toString(),
                "--date", "2026-11-21")).isZero();
        Map<String, String> before = schools("out1");
        Map<String, Object> target = jdbc.queryForMap("""
                SELECT p.case_number, q.school_number FROM placement p
                JOIN place_quota q ON q.group_kind = p.group_kind AND p.grade BETWEEN q.grade_from AND q.grade_to
                WHERE p.school_number IS NOT NULL AND q.school_number <> p.school_number AND q.free_places > (
                    SELECT count(*) FROM placement o WHERE o.school_number = q.school_number
                      AND o.group_kind = q.group_kind AND o.grade BETWEEN q.grade_from AND q.grade_to)
                ORDER BY p.case_number, q.school_number LIMIT 1
                """);
        String pupil = (String) target.get("case_number");
        String school = (String) target.get("school_number");

        assertThat(run("override", "pin", "--case", pupil, "--school", school, "--reason", "Familie umgezogen",
                "--by", "Frau Admin")).isZero();
        assertThat(run("run", "--input", input.toString(), "--output", temp.resolve("out2").toString(),
                "--date", "2026-11-21")).isZero();

        Map<String, String> after = schools("out2");
        assertThat(after.get(pupil)).isEqualTo(school);
        List<String> moved = before.keySet().stream()
                .filter(c -> !before.get(c).isEmpty() && !before.get(c).equals(after.get(c))).toList();
        // The time-limited solver may still find a better plan for a few published pupils; then it must
        // say so. Everything else stays, and Änderungen lists exactly the moves.
        assertThat(moved).contains(pupil).hasSizeLessThanOrEqualTo(4);
        for (String other : moved) {
            if (!other.equals(pupil)) {
                assertThat(reason(other)).as("reason of moved %s", other).startsWith("verlegt von " + before.get(other));
            }
        }
        assertThat(changeRows("out2")).filteredOn(row -> !row.get(0).equals("weiterhin ohne Platz"))
                .extracting(row -> row.get(0) + " " + row.get(1))
                .containsExactlyInAnyOrderElementsOf(moved.stream().map(c -> "verlegt " + c).toList());

        out.reset();
        assertThat(run("history", pupil)).isZero();
        String history = out.toString(StandardCharsets.UTF_8);
        assertThat(history).contains("Lauf 2026-11-21 Nr. 1: geplant, " + before.get(pupil))
                .contains("Lauf 2026-11-21 Nr. 2: fest zugewiesen, " + school)
                .contains("fest zuweisen").contains("Familie umgezogen").contains("Frau Admin");

        out.reset();
        assertThat(run("overrides", "list")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Nr. ").contains(pupil).contains("in Kraft");
    }

    @Test
    void invalidOverrideIsRefusedWithAReason() {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        try {
            assertThat(run("override", "withdraw", "--case", "GIBT-ES-NICHT", "--reason", "verzogen"))
                    .isEqualTo(CommandLine.FAILED);
        } finally {
            System.setErr(originalErr);
        }
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("Fallnummer GIBT-ES-NICHT ist nicht bekannt");
    }

    private String reason(String caseNumber) {
        return jdbc.queryForObject("""
                SELECT reason FROM placement WHERE case_number = ? ORDER BY run_id DESC LIMIT 1""", String.class,
                caseNumber);
    }

    private int run(String... args) {
        commandLine.run(new DefaultApplicationArguments(args));
        return commandLine.getExitCode();
    }

    private Map<String, String> schools(String output) throws Exception {
        return Files.readAllLines(temp.resolve(output).resolve("placements.csv"), StandardCharsets.UTF_8).stream()
                .skip(1).map(line -> line.split(";", -1))
                .collect(Collectors.toMap(fields -> fields[0], fields -> fields[1]));
    }

    private List<List<String>> changeRows(String output) throws Exception {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (var files = Files.list(temp.resolve(output))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("Zuweisungen_")).toList()) {
                try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                    for (Row row : workbook.getSheet("Änderungen")) {
                        if (row.getRowNum() > 0) {
                            rows.add(List.of(formatter.formatCellValue(row.getCell(0)),
                                    formatter.formatCellValue(row.getCell(1))));
                        }
                    }
                }
            }
        }
        return rows.stream().distinct().toList();
    }
}
