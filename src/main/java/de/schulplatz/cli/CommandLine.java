package de.schulplatz.cli;

import de.schulplatz.batch.PlacementRunner;
import de.schulplatz.operations.NightlyRuns;
import de.schulplatz.operations.Retention;
import de.schulplatz.runs.RunRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;
import java.util.HashMap;

/**
 * The commands that need the database ({@code run}); the file-only commands are {@link OfflineCommands}.
 * Exits 0 on success; otherwise prints a one-line German reason and exits non-zero.
 */
@Component
public class CommandLine implements ApplicationRunner, ExitCodeGenerator {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Aufruf: java -jar schulplatz.jar BEFEHL [OPTIONEN]
              run --input ORDNER --output ORDNER [--date JJJJ-MM-TT] [--job placement|transition]
                  Importiert, plant und schreibt die Zuweisungslisten (Planungsdatum: heute). Die Dateien
                  werden in der Reihenfolge ihrer Änderungszeit gelesen; steht ein Kind oder eine Schule in
                  mehreren, gilt die zuletzt geänderte Datei. Mit --job transition: der Übergang aus der
                  Erstförderung in Regelklassen (Tabellen „Übergang“ und „Plätze Regelklassen“), Listen
                  Uebergaenge_<Schulaufsicht>.xlsx.
              override pin      --case FALLNR --school SCHULNR --reason TEXT [--by NAME]
              override exclude  --case FALLNR --school SCHULNR --reason TEXT [--by NAME]
              override withdraw --case FALLNR --reason TEXT [--by NAME]
              override assign   --case FALLNR [--school SCHULNR] --reason TEXT [--by NAME]
              override confirm  --case FALLNR [--school SCHULNR] --reason TEXT [--by NAME]
              override places   --school SCHULNR --grades 5-6 [--group Deutschförderung] --places N
                                [--from JJJJ-MM-TT] --reason TEXT [--by NAME]
              override release  --id NR --reason TEXT [--by NAME]
                  Korrekturen; der nächste Lauf wendet sie an.
              overrides list [--all]
                  Korrekturen in Kraft (mit --all auch aufgehobene).
              history FALLNR
                  Jede Fassung der Zuweisung eines Kindes und jede Korrektur dazu.
              serve
                  Dienst: REST-API, nächtlicher Lauf nach Zeitplan, Datenschutz-Schritt.
              nightly
                  Ein Lauf wie nachts: Eingangsordner -> archive/<Datum>/run-<n>, Listen -> outbox/<Datum>/run-<n>.
              restart [LAUF-ID]
                  Setzt einen gescheiterten oder angehaltenen Lauf fort (ohne ID: den letzten).
              retention
                  Anonymisiert alte Daten und löscht alte Listen (wie der nächtliche Datenschutz-Schritt).
              generate-sample --schools DATEI [--kreis 766] [--pupils 300] [--seed 42] --output ORDNER
                  Erzeugt Beispieldaten aus einem Auszug der amtlichen Schulliste (kreise-schulen.csv).
              generate-sample --size lippe|koeln|detmold-region|nrw|nrw-2024 --schools nrw-schulen.csv
                              [--seed 42] --output ORDNER
                  Benannte Größen für die Leistungsmessung aus der amtlichen Schulliste (nrw-schulen.csv).
              template --output ORDNER
                  Schreibt leere Eingabevorlagen mit Auswahllisten.
              hash-password
                  Liest ein Passwort von der Eingabe und gibt den {bcrypt}-Hash für die Benutzer-Einstellung aus.
              benchmark --size lippe|koeln|detmold-region|nrw|nrw-2024 [--seconds 60] [--schools nrw-schulen.csv]
                        [--work ORDNER] [--seed 42]
                  Leistungsmessung: erzeugt die Eingabe, importiert in eine neue Datenbank, plant, exportiert,
                  vergleicht mit der Greedy-Zuteilung und gibt eine Tabellenzeile aus (docs/performance.md).
              benchmark --routes OSM-DATEI [--pupils 300] [--schools 200] [--candidates 50] [--seed 42]
                  Misst die Fußwege: Netz bauen, Wege je Sekunde für zufällige Wohnungen und Schulen im Auszug,
                  zweiter Lauf aus der Datenbank (docs/performance.md).
              reference-data --shared ORDNER --output ORDNER
                  Leitet Gemeinde-Mittelpunkte und PLZ-Zuordnung aus den amtlichen Daten ab (Entwickler).
            """;

    private final PlacementRunner runner;
    private final OverrideCommands overrides;
    private final NightlyRuns nightlyRuns;
    private final Retention retention;
    private final RunRepository runs;
    private final Benchmark benchmark;
    private int exitCode = OK;

    CommandLine(PlacementRunner runner, OverrideCommands overrides, NightlyRuns nightlyRuns, Retention retention,
            RunRepository runs, Benchmark benchmark) {
        this.benchmark = benchmark;
        this.runner = runner;
        this.overrides = overrides;
        this.nightlyRuns = nightlyRuns;
        this.retention = retention;
        this.runs = runs;
    }

    /** Settings and input of {@code benchmark}, before Spring starts (a temporary database, the time limit). */
    public static void prepareBenchmark(String[] args) {
        Benchmark.prepare(args);
    }

    private int serve() {
        System.out.println("Schulplatz läuft als Dienst; Beenden mit Strg+C.");
        return OK;
    }

    private int nightly() throws Exception {
        return report(nightlyRuns.runNow("Kommandozeile"));
    }

    private int restart(List<String> rest) throws Exception {
        long runId = rest.isEmpty() ? runner.lastUnfinishedRunId().orElseThrow(() ->
                new UsageException("kein gescheiterter oder angehaltener Lauf zum Neustart"))
                : Long.parseLong(rest.get(0));
        return report(runner.restart(runId));
    }

    private int retention() {
        var outcome = retention.apply();
        System.out.println("Datenschutz: " + outcome.pupilsAnonymised() + " Kinder anonymisiert, "
                + outcome.foldersDeleted() + " alte Ordner gelöscht");
        return OK;
    }

    private static int report(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            System.out.println("Lauf " + execution.getJobInstanceId() + " abgeschlossen");
            return OK;
        }
        Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        System.err.println("Fehler: Lauf " + execution.getJobInstanceId() + " " + execution.getStatus() + ": "
                + (failure == null ? execution.getExitStatus().getExitDescription() : oneLine(failure)));
        return FAILED;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> args = List.of(arguments.getSourceArgs());
        if (args.isEmpty()) {
            // Started without a command only by tests: the offline commands print the usage in main.
            return;
        }
        try {
            exitCode = switch (args.get(0)) {
                case "run" -> run(Options.parse(args.subList(1, args.size())));
                case "serve" -> serve();
                case "nightly" -> nightly();
                case "restart" -> restart(args.subList(1, args.size()));
                case "retention" -> retention();
                case "benchmark" -> benchmark.run(Options.parse(args.subList(1, args.size())));
                case "override" -> overrides.override(args.subList(1, args.size()));
                case "overrides" -> overrides.list(args.subList(1, args.size()));
                case "history" -> overrides.history(args.subList(1, args.size()));
                case "help", "--help", "-h" -> {
                    System.out.print(USAGE_TEXT);
                    yield OK;
                }
                default -> throw new UsageException("unbekannter Befehl " + args.get(0));
            };
        } catch (UsageException e) {
            System.err.println("Fehler: " + e.getMessage());
            System.err.print(USAGE_TEXT);
            exitCode = USAGE;
        } catch (Exception e) {
            System.err.println("Fehler: " + oneLine(e));
            exitCode = FAILED;
        }
    }

    private int run(Options options) throws Exception {
        Path input = options.path("input");
        Path output = options.path("output");
        LocalDate date = options.date("date", LocalDate.now());
        String job = options.text("job", "placement");
        JobExecution execution = switch (job) {
            case "placement" -> runner.run(input, output, date);
            case "transition" -> runner.runTransition(input, output, date);
            default -> throw new UsageException("--job: erlaubt sind placement (Zuweisung) und transition (Übergang)");
        };
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            System.out.println("Lauf " + date + " abgeschlossen; Ergebnisse in " + output.toAbsolutePath().normalize());
            return OK;
        }
        Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        System.err.println("Fehler: Lauf " + execution.getStatus() + ": "
                + (failure == null ? execution.getExitStatus().getExitDescription() : oneLine(failure)));
        return FAILED;
    }

    /** The failure's own message (ours are German and name the file), else its cause's, on one line. */
    public static String oneLine(Throwable failure) {
        Throwable current = failure;
        while ((current.getMessage() == null || current.getMessage().isBlank()) && current.getCause() != null) {
            current = current.getCause();
        }
        String message = current.getMessage() == null ? current.getClass().getSimpleName() : current.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    /** "--name value" pairs after the command. */
    public record Options(Map<String, String> values) {

        public static Options parse(List<String> args) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (!arg.startsWith("--")) {
                    throw new UsageException("unerwartetes Argument " + arg);
                }
                String name = arg.substring(2);
                String value;
                int equals = name.indexOf('=');
                if (equals >= 0) {
                    value = name.substring(equals + 1);
                    name = name.substring(0, equals);
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    value = args.get(++i);
                } else {
                    throw new UsageException("Option --" + name + " braucht einen Wert");
                }
                values.put(name, value);
            }
            return new Options(values);
        }

        public Path path(String name) {
            String value = values.get(name);
            if (value == null) {
                throw new UsageException("Option --" + name + " fehlt");
            }
            return Path.of(value);
        }

        public String text(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }

        public int integer(String name, int fallback) {
            String value = values.get(name);
            try {
                return value == null ? fallback : Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new UsageException("Option --" + name + " erwartet eine Zahl");
            }
        }

        String optional(String name) {
            return values.get(name);
        }

        String required(String name) {
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                throw new UsageException("Option --" + name + " fehlt");
            }
            return value;
        }

        LocalDate date(String name, LocalDate fallback) {
            String value = values.get(name);
            try {
                return value == null ? fallback : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new UsageException("Option --" + name + " erwartet ein Datum JJJJ-MM-TT");
            }
        }
    }
}
