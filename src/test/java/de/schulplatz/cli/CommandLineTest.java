package de.schulplatz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.support.DatabaseTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** Exit codes and one-line reasons of the run command. */
@DatabaseTest
class CommandLineTest {

    @Autowired
    CommandLine commandLine;

    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureErrors() {
        originalErr = System.err;
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreErrors() {
        System.setErr(originalErr);
    }

    @Test
    void missingInputFolderExitsNonZeroWithOneLineReason() {
        commandLine.run(new DefaultApplicationArguments("run", "--input", "gibt-es-nicht", "--output", "target/x",
                "--date", "2026-11-21"));

        assertThat(commandLine.getExitCode()).isEqualTo(CommandLine.FAILED);
        assertThat(errors.toString(StandardCharsets.UTF_8).strip())
                .startsWith("Fehler: ")
                .contains("Eingabeordner")
                .doesNotContain("\n");
    }

    @Test
    void missingOptionIsAUsageError() {
        commandLine.run(new DefaultApplicationArguments("run", "--input", "sample-data"));

        assertThat(commandLine.getExitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("Option --output fehlt");
    }

    @Test
    void badDateIsAUsageError() {
        commandLine.run(new DefaultApplicationArguments("run", "--input", "a", "--output", "b", "--date", "21.11.2026"));

        assertThat(commandLine.getExitCode()).isEqualTo(CommandLine.USAGE);
    }
}
