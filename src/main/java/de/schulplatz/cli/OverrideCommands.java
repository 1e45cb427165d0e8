package de.schulplatz.cli;

import de.schulplatz.overrides.Override;
import de.schulplatz.overrides.OverrideAction;
import de.schulplatz.overrides.OverrideRepository;
import de.schulplatz.overrides.OverrideRequest;
import de.schulplatz.overrides.OverrideService;
import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.planning.PlacementRepository.PlacementVersion;
import de.schulplatz.schoolsystem.GroupKind;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * {@code override ...}, {@code overrides list} and {@code history}: the command-line way into the same
 * {@link OverrideService} the Korrekturen sheet uses. Output is German and names no personal data.
 */
@Component
class OverrideCommands {

    static final String SOURCE = "Kommandozeile";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final OverrideService service;
    private final OverrideRepository overrides;
    private final PlacementRepository placements;

    OverrideCommands(OverrideService service, OverrideRepository overrides, PlacementRepository placements) {
        this.service = service;
        this.overrides = overrides;
        this.placements = placements;
    }

    int override(List<String> args) {
        if (args.isEmpty()) {
            throw new CommandLine.UsageException("override braucht eine Aktion: pin, exclude, withdraw, assign, confirm, places, release");
        }
        OverrideAction action = Arrays.stream(OverrideAction.values())
                .filter(a -> a.command().equals(args.get(0))).findFirst()
                .orElseThrow(() -> new CommandLine.UsageException("unbekannte Aktion " + args.get(0)));
        CommandLine.Options options = CommandLine.Options.parse(args.subList(1, args.size()));
        String reason = options.required("reason");
        String by = options.text("by", System.getProperty("user.name", "unbekannt"));
        OverrideRequest request = switch (action) {
            case FEST_ZUWEISEN, AUSSCHLIESSEN -> OverrideRequest.forPupil(action, options.required("case"), options.required("school"),
                    reason, by, SOURCE);
            case ZURUECKZIEHEN -> OverrideRequest.forPupil(action, options.required("case"), null, reason, by, SOURCE);
            case ZUWEISEN, BESTAETIGEN -> OverrideRequest.forPupil(action, options.required("case"), options.optional("school"),
                    reason, by, SOURCE);
            case PLAETZE_AENDERN -> places(options, reason, by);
            case AUFHEBEN -> OverrideRequest.release(number(options.required("id")), reason, by, SOURCE);
        };
        Override stored = service.apply(request);
        System.out.println("Gespeichert: " + stored.describe() + ". Der nächste Lauf wendet sie an.");
        return CommandLine.OK;
    }

    private static OverrideRequest places(CommandLine.Options options, String reason, String by) {
        String[] grades = options.required("grades").split("-");
        try {
            int from = Integer.parseInt(grades[0].strip());
            int to = grades.length > 1 ? Integer.parseInt(grades[1].strip()) : from;
            GroupKind kind = GroupKind.parse(options.text("group", GroupKind.DEUTSCHFOERDERUNG.label()))
                    .orElseThrow(() -> new CommandLine.UsageException(
                            "--group erwartet Deutschförderung, Alphabetisierung oder IFK"));
            return new OverrideRequest(OverrideAction.PLAETZE_AENDERN, null, options.required("school"), kind, from, to,
                    options.integer("places", -1), options.date("from", null), null, reason, by, SOURCE, null);
        } catch (NumberFormatException e) {
            throw new CommandLine.UsageException("--grades erwartet z. B. 5-6 oder 7");
        }
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.UsageException("--id erwartet die Nummer der Korrektur");
        }
    }

    int list(List<String> args) {
        List<String> rest = args.isEmpty() || !args.get(0).equals("list") ? args : args.subList(1, args.size());
        boolean all = rest.contains("--all");
        List<Override> shown = service.list(all);
        if (shown.isEmpty()) {
            System.out.println(all ? "Keine Korrekturen." : "Keine Korrekturen in Kraft.");
        }
        for (Override override : shown) {
            System.out.println(line(override));
        }
        return CommandLine.OK;
    }

    int history(List<String> args) {
        if (args.size() != 1) {
            throw new CommandLine.UsageException("history braucht genau eine Fallnummer");
        }
        String caseNumber = args.get(0);
        List<PlacementVersion> versions = placements.history(caseNumber);
        List<Override> corrections = overrides.ofPupil(caseNumber);
        if (versions.isEmpty() && corrections.isEmpty()) {
            System.err.println("Fehler: zu Fallnummer " + caseNumber + " gibt es keine Planung und keine Korrektur");
            return CommandLine.FAILED;
        }
        System.out.println("Verlauf Fallnummer " + caseNumber);
        List<HistoryLine> lines = new ArrayList<>();
        for (PlacementVersion version : versions) {
            String school = version.schoolNumber() == null ? "—"
                    : version.schoolNumber() + " " + version.schoolName()
                            + String.format(Locale.GERMAN, " (%.1f km)", version.distanceMetres() / 1000.0);
            lines.add(new HistoryLine(version.startedAt().toLocalDateTime(), String.format("Lauf %s Nr. %d%s: %s, %s – %s",
                    version.planningDate(), version.runNumber(), version.publishedAt() == null ? " (nicht veröffentlicht)" : "",
                    version.status().label(), school, version.reason())));
        }
        for (Override override : corrections) {
            lines.add(new HistoryLine(override.createdAt().toLocalDateTime(), "Korrektur " + line(override)));
        }
        lines.sort(Comparator.comparing(HistoryLine::at));
        lines.forEach(line -> System.out.println(line.at().format(TIME) + "  " + line.text()));
        return CommandLine.OK;
    }

    private record HistoryLine(LocalDateTime at, String text) {
    }

    private static String line(Override override) {
        String state = override.isActive() ? "in Kraft"
                : "aufgehoben am " + override.releasedAt().format(TIME) + " von " + override.releasedBy() + ": "
                        + override.releaseReason();
        return override.describe() + " – von " + override.createdBy() + " am " + override.createdAt().format(TIME)
                + " (" + override.source() + "): " + override.reason() + " [" + state + "]";
    }
}
