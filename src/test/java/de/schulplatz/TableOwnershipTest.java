package de.schulplatz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table belongs to one module: only that module's code names it in SQL, the others ask it. Spring
 * Batch's tables belong to Spring Batch: our code reads them through its JobRepository.
 */
class TableOwnershipTest {

    private static final Path MAIN = Path.of("src/main/java/de/schulplatz");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Table → the module (top-level package) that owns it. */
    private static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("audit_event", "audit"),
            Map.entry("import_file", "intake"),
            Map.entry("import_problem", "intake"),
            Map.entry("inbox_file", "operations"),
            Map.entry("override_entry", "overrides"),
            Map.entry("override_proposal", "overrides"),
            Map.entry("school", "schools"),
            Map.entry("place_quota", "schools"),
            Map.entry("pupil", "pupils"),
            Map.entry("placement", "planning"),
            Map.entry("run_quota", "planning"),
            Map.entry("planning_run", "runs"),
            Map.entry("run_constraint_score", "runs"),
            Map.entry("walking_route", "routing"),
            Map.entry("transition_case", "transition"),
            Map.entry("regular_place", "transition"));

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create table (?:if not exists )?([a-z_]+)");

    @Test
    void everyTableOfTheSchemaHasAnOwner() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher m = CREATE_TABLE.matcher(Files.readString(file));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        tables.removeIf(table -> table.startsWith("batch_"));
        assertThat(OWNER.keySet()).containsExactlyInAnyOrderElementsOf(tables);
    }

    @Test
    void onlyTheOwnerNamesATableInSql() throws IOException {
        List<String> trespasses = new ArrayList<>();
        for (Path file : javaFiles()) {
            String module = MAIN.relativize(file).getName(0).toString();
            String source = Files.readString(file);
            for (String table : allTables()) {
                String owner = OWNER.getOrDefault(table, "Spring Batch");
                if (!owner.equals(module) && naming(table).matcher(source).find()) {
                    trespasses.add(MAIN.relativize(file) + " names " + table + " (owner: " + owner + ")");
                }
            }
        }
        assertThat(trespasses).isEmpty();
    }

    @Test
    void enumValuesAreParametersNotSqlLiterals() throws IOException {
        Pattern literal = Pattern.compile("'[A-Z][A-Z_]{2,}'");
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher m = literal.matcher(Files.readString(file));
            while (m.find()) {
                found.add(MAIN.relativize(file) + ": " + m.group());
            }
        }
        assertThat(found).as("bind the enum's name() instead, so a renamed constant cannot go unnoticed").isEmpty();
    }

    private static Set<String> allTables() {
        Set<String> tables = new TreeSet<>(OWNER.keySet());
        tables.addAll(List.of("batch_job_instance", "batch_job_execution", "batch_job_execution_params",
                "batch_job_execution_context", "batch_step_execution", "batch_step_execution_context"));
        return tables;
    }

    private static Pattern naming(String table) {
        return Pattern.compile("(?i)\\b(from|join|into|update|table|exists)\\s+" + table + "\\b");
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> MAIN.relativize(f).getNameCount() > 1)
                    .toList();
        }
    }
}
