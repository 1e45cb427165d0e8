package de.schulplatz.planning;

import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The German wording of the Begründung for each outcome, in one place. */
final class ReasonTexts {

    private ReasonTexts() {
    }

    static String formNames(Collection<SchoolForm> forms) {
        return forms.stream().sorted().map(SchoolForm::germanName).collect(Collectors.joining("/"));
    }

    /** "Realschule/Gesamtschule mit Alphabetisierungsgruppe": what a pupil needs a place in. */
    static String offer(Collection<SchoolForm> forms, GroupKind kind) {
        return formNames(forms) + switch (kind) {
            case DEUTSCHFOERDERUNG -> "";
            case ALPHABETISIERUNG -> " mit Alphabetisierungsgruppe";
            case IFK -> " mit Internationaler Förderklasse";
        };
    }

    static String km(int metres) {
        return String.format(Locale.GERMAN, "%.1f km", metres / 1000.0);
    }

    /** Facts about one placement that the Begründung may mention. */
    record PlacedFacts(int rank, int metres, GroupKind groupKind, int wishRank, boolean hadWishes,
            boolean wishPossible, boolean siblingHere, int thresholdMetres, boolean outsideMunicipality,
            String heritageLanguage) {
    }

    static String placed(PlacedFacts facts) {
        List<String> parts = new ArrayList<>();
        String group = switch (facts.groupKind()) {
            case DEUTSCHFOERDERUNG -> "";
            case ALPHABETISIERUNG -> " mit Alphabetisierungsgruppe";
            case IFK -> " mit Internationaler Förderklasse";
        };
        parts.add((facts.rank() == 0 ? "nächstgelegene passende Schule" + group + " mit freiem Platz"
                : (facts.rank() + 1) + ".-nächste passende Schule" + group) + ", " + km(facts.metres()));
        if (facts.wishRank() >= 0) {
            parts.add("Wunsch " + (facts.wishRank() + 1) + " erfüllt");
        } else if (facts.hadWishes() && facts.wishPossible()) {
            parts.add("Wunschschule nicht erfüllt: ihre Plätze sind an andere Kinder vergeben");
        } else if (facts.hadWishes()) {
            parts.add("Wunschschule nicht möglich (Schulform, Jahrgang, Gruppe, Entfernung oder kein freier Platz)");
        }
        if (facts.siblingHere()) {
            parts.add("Geschwister an dieser Schule");
        }
        if (facts.rank() > 0 && facts.wishRank() < 0 && !facts.siblingHere()) {
            parts.add("näher gelegene Plätze sind an andere Kinder vergeben (kürzere Wege und gleichmäßige Verteilung für alle)");
        }
        if (facts.metres() > facts.thresholdMetres()) {
            parts.add("Schulweg über " + km(facts.thresholdMetres()) + ": Fahrkosten werden erstattet");
        }
        if (facts.outsideMunicipality()) {
            parts.add("außerhalb der Wohngemeinde");
        }
        if (facts.heritageLanguage() != null) {
            parts.add("herkunftssprachlicher Unterricht in " + facts.heritageLanguage());
        }
        return String.join("; ", parts);
    }

    static String allCandidatesFull(int candidates, Collection<SchoolForm> forms, GroupKind kind, int grade,
            int maxMetres) {
        return "alle " + candidates + " passenden Schulen (" + offer(forms, kind) + ", Jahrgang " + grade
                + ") bis " + km(maxMetres) + " Entfernung sind voll";
    }
}
