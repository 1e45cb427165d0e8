package de.schulplatz.cli;

import de.schulplatz.geo.ReferenceDataBuilder;
import de.schulplatz.samples.SampleDataGenerator;
import de.schulplatz.samples.TemplateWriter;
import java.nio.file.Path;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import java.util.List;
import java.util.Set;
import java.io.Console;
import java.nio.charset.StandardCharsets;
import java.util.Scanner;

/**
 * Commands that only read and write files: they run without Spring and without starting the database,
 * so they are quick and work before any reference data exist.
 */
public final class OfflineCommands {

    private static final Set<String> COMMANDS = Set.of("generate-sample", "template", "reference-data",
            "hash-password", "help", "--help", "-h");

    private OfflineCommands() {
    }

    /**
     * Reads a password from standard input (so it appears in no shell history) and prints the
     * {@code {bcrypt}} hash for {@code schulplatz.security.users[n].password}.
     */
    private static int hashPassword() {
        Console console = System.console();
        String password;
        if (console != null) {
            char[] typed = console.readPassword("Passwort: ");
            password = typed == null ? "" : new String(typed);
        } else {
            password = new Scanner(System.in, StandardCharsets.UTF_8).nextLine();
        }
        if (password.length() < 10) {
            System.err.println("Fehler: das Passwort muss mindestens 10 Zeichen haben");
            return CommandLine.FAILED;
        }
        System.out.println("{bcrypt}" + new BCryptPasswordEncoder(12).encode(password));
        return CommandLine.OK;
    }

    public static boolean handles(String[] args) {
        return args.length == 0 || COMMANDS.contains(args[0]);
    }

    /** @return the process exit code */
    public static int run(String[] args) {
        if (args.length == 0 || args[0].startsWith("-") || args[0].equals("help")) {
            System.out.print(CommandLine.USAGE_TEXT);
            return args.length == 0 ? CommandLine.USAGE : CommandLine.OK;
        }
        if (args[0].equals("hash-password")) {
            return hashPassword();
        }
        try {
            CommandLine.Options options = CommandLine.Options.parse(List.of(args).subList(1, args.length));
            Path output = options.path("output");
            switch (args[0]) {
                case "generate-sample" -> {
                    String size = options.text("size", null);
                    if (size != null) {
                        SampleDataGenerator.generateSize(options.path("schools"), size, options.integer("seed", 42),
                                output);
                    } else {
                        SampleDataGenerator.generate(options.path("schools"), options.text("kreis", "766"),
                                options.integer("pupils", 300), options.integer("seed", 42), output);
                    }
                }
                case "template" -> TemplateWriter.writeTemplates(output);
                case "reference-data" -> {
                    Path shared = options.path("shared");
                    ReferenceDataBuilder.build(shared.resolve("nrw-schulen.csv"), shared.resolve("nrw-orte.csv"),
                            output);
                }
                default -> throw new CommandLine.UsageException("unbekannter Befehl " + args[0]);
            }
            System.out.println("Geschrieben nach " + output.toAbsolutePath().normalize());
            return CommandLine.OK;
        } catch (CommandLine.UsageException e) {
            System.err.println("Fehler: " + e.getMessage());
            System.err.print(CommandLine.USAGE_TEXT);
            return CommandLine.USAGE;
        } catch (RuntimeException e) {
            System.err.println("Fehler: " + CommandLine.oneLine(e));
            return CommandLine.FAILED;
        }
    }
}
