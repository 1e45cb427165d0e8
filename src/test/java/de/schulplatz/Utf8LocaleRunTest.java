package de.schulplatz;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.support.TestWorkbooks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Started in the locale cron jobs and containers often have ({@code LANG=C LC_ALL=C}), Schulplatz still reads
 * files with umlauts in their names and prints its German messages intact: {@code run}, {@code nightly}
 * and the schedule of {@code serve}, each in a JVM of its own as a user starts it.
 */
class Utf8LocaleRunTest {

    @TempDir
    Path temp;

    @Test
    void runReadsAFileWithAnUmlautInItsNameUnderLangC() throws Exception {
        Path input = TestWorkbooks.copySampleData(temp.resolve("in"));
        Files.move(input.resolve("schulen.xlsx"), input.resolve("Schulen-Übersicht.xlsx"));

        Result run = start(List.of("run", "--input", input.toString(), "--output", temp.resolve("out").toString(),
                "--date", "2026-11-21"), Duration.ofMinutes(3));

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("schools read 115, imported 115").contains("abgeschlossen");
        assertThat(temp.resolve("out").resolve("Zuweisungen_Schulamt_fuer_den_Kreis_Lippe.xlsx")).exists();
    }

    @Test
    void nightlyNamesABrokenFileWithItsUmlautsUnderLangC() throws Exception {
        Path inbox = TestWorkbooks.copySampleData(temp.resolve("inbox"));
        Files.writeString(inbox.resolve("Schüler-Nachträge.xlsx"), "keine Arbeitsmappe", StandardCharsets.UTF_8);

        Result nightly = start(List.of("nightly", "--schulplatz.files.inbox=" + inbox,
                "--schulplatz.files.archive=" + temp.resolve("archive"),
                "--schulplatz.files.outbox=" + temp.resolve("outbox")), Duration.ofMinutes(3));

        assertThat(nightly.exitCode()).isEqualTo(1);
        assertThat(nightly.output()).contains("Fehler: Lauf").contains("Datei Schüler-Nachträge.xlsx kann nicht gelesen "
                + "werden: es ist keine Excel-Arbeitsmappe (.xlsx)");
    }

    @Test
    void theScheduleOfTheServiceRunsUnderLangCAndAStopEndsBothProcesses() throws Exception {
        Path inbox = TestWorkbooks.copySampleData(temp.resolve("inbox"));
        Files.move(inbox.resolve("schueler.xlsx"), inbox.resolve("Schüler-Übersicht.xlsx"));
        Path outbox = temp.resolve("outbox");
        Process service = process(List.of("serve", "--server.port=0", "--schulplatz.security.demo=true",
                "--schulplatz.schedule.cron=*/5 * * * * *", "--schulplatz.files.inbox=" + inbox,
                "--schulplatz.files.archive=" + temp.resolve("archive"), "--schulplatz.files.outbox=" + outbox));
        Path lists = outbox.resolve(LocalDate.now().toString()).resolve("run-1").resolve("placements.csv");
        try {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (!Files.exists(lists) && Instant.now().isBefore(deadline) && service.isAlive()) {
                Thread.sleep(500);
            }
            assertThat(lists).as(log()).exists();
            assertThat(Files.readString(lists, StandardCharsets.UTF_8).lines().count()).isGreaterThan(300);
        } finally {
            List<ProcessHandle> relaunched = service.descendants().toList();
            service.destroy();
            assertThat(service.waitFor(90, TimeUnit.SECONDS)).isTrue();
            for (ProcessHandle child : relaunched) {
                child.onExit().get(30, TimeUnit.SECONDS);
                assertThat(child.isAlive()).isFalse();
            }
        }
    }

    record Result(int exitCode, String output) {
    }

    private Result start(List<String> args, Duration timeout) throws Exception {
        Process process = process(args);
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not end: " + args + "\n" + log());
        }
        return new Result(process.exitValue(), log());
    }

    private Process process(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), SchulplatzApplication.class.getName()));
        command.addAll(args);
        command.add("--schulplatz.database.data-directory=");
        // What the locale decides happens before solving; a short search keeps the three runs quick.
        command.add("--schulplatz.planning.unimproved-time-limit=1s");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("output.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG")
                || name.equals("LANGUAGE"));
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        return builder.start();
    }

    private String log() {
        try {
            return Files.readString(temp.resolve("output.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
