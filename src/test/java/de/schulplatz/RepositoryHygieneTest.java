package de.schulplatz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Outputs of runs hold children's names: none may be committed, and every folder a run started in the
 * checkout writes to is ignored. Checked through git itself; skipped when the sources are no git checkout.
 */
class RepositoryHygieneTest {

    @Test
    void onlyTheSampleDataAndTemplatesAreCommittedWorkbooks() throws Exception {
        List<String> tracked = git("ls-files");

        assertThat(tracked).filteredOn(file -> file.endsWith(".xlsx") || file.endsWith(".csv")
                        || file.endsWith("run-summary.json"))
                .allMatch(file -> file.startsWith("sample-data/") || file.startsWith("templates/")
                        || file.startsWith("src/main/resources/reference/"));
    }

    @Test
    void everyOutputAndServiceFolderIsIgnored() throws Exception {
        List<String> probes = List.of("out/Fehlerbericht.xlsx", "out2/placements.csv", "out-lippe/run-summary.json",
                "data/postgres/PG_VERSION", "inbox/schueler.xlsx", "archive/2026-12-01/run-1/schueler.xlsx",
                "outbox/2026-12-01/run-1/Zuweisungen_Bezirksregierung_Detmold.xlsx");

        List<String> ignored = git(concat("check-ignore", "--no-index", probes));

        assertThat(ignored).containsExactlyInAnyOrderElementsOf(probes);
    }

    /**
     * A fresh machine has a JDK only: the README's one test command must bring what the browser tests need,
     * and .ci/run must run exactly that command and end with the Maven verify.
     */
    @Test
    void theReadmeTestCommandIsCiRunWhichInstallsTheBrowserAndRunsVerify() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("Alle Tests ausführen"));
        String testCommand = section.substring(section.indexOf("```") + 3, section.indexOf("```", section.indexOf("```") + 3))
                .strip();
        List<String> ciRun = Files.readAllLines(Path.of(".ci", "run"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();

        assertThat(testCommand).isEqualTo(".ci/run");
        assertThat(Files.isExecutable(Path.of(".ci", "run"))).isTrue();
        assertThat(String.join("\n", ciRun)).contains("apt-get install").contains("chromium-driver")
                .contains("libreoffice-calc-nogui").contains("python3-openpyxl");
        assertThat(ciRun.get(ciRun.size() - 1)).isEqualTo("./mvnw -B verify");
    }

    private static List<String> concat(String first, String second, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first, second), rest.stream()).toList();
    }

    private static List<String> git(String... arguments) throws IOException, InterruptedException {
        return git(List.of(arguments));
    }

    private static List<String> git(List<String> arguments) throws IOException, InterruptedException {
        assumeTrue(Files.isDirectory(Path.of(".git")) || Files.isRegularFile(Path.of(".git")),
                "not a git checkout");
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(arguments);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(false).start();
        } catch (IOException noGit) {
            assumeTrue(false, "git is not installed");
            throw noGit;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output.lines().filter(line -> !line.isBlank()).toList();
    }
}
