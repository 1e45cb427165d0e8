package de.schulplatz.planning;

import de.schulplatz.overrides.Override;
import de.schulplatz.overrides.OverrideAction;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The German wording of the Begründung for each outcome, in one place. */
final class ReasonTexts {

    private static final List<String> ORDINALS = List.of("nächstgelegene", "zweitnächste", "drittnächste",
            "viertnächste", "fünftnächste", "sechstnächste", "siebtnächste", "achtnächste", "neuntnächste",
            "zehntnächste");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ReasonTexts() {
    }

    static String formNames(Collection<SchoolForm> forms) {
        return forms.stream().sorted().map(SchoolForm::germanName).collect(Collectors.joining("/"));
    }

    /** "(Realschule/Gesamtschule, Alphabetisierungsgruppe)": the schools and group a pupil needs. */
    static String offer(Collection<SchoolForm> forms, GroupKind literacyGroup) {
        return "(" + formNames(forms) + groupSuffix(literacyGroup) + ")";
    }

    private static String groupSuffix(GroupKind kind) {
        return switch (kind) {
            case DEUTSCHFOERDERUNG -> "";
            case ALPHABETISIERUNG -> ", Alphabetisierungsgruppe";
            case IFK -> ", Internationale Förderklasse";
        };
    }

    static String km(int metres) {
        return String.format(Locale.GERMAN, "%.1f km", metres / 1000.0);
    }

    /** "nächstgelegene", "zweitnächste", ..., "12. nächstgelegene". */
    static String ordinal(int rank) {
        return rank < ORDINALS.size() ? ORDINALS.get(rank) : (rank + 1) + ". nächstgelegene";
    }

    /**
     * Facts about one placement that the Begründung may mention.
     *
     * @param wishRank        index of the school among the family's wishes, -1 if it is none of them
     * @param wishPossible    a wished school was among the pupil's candidates
     * @param wishHadRoom     a wished candidate still has a free place in the final plan
     * @param nearerHadRoom   a nearer candidate still has a free place in the final plan
     */
    record PlacedFacts(int rank, int metres, GroupKind groupKind, int wishRank, boolean hadWishes,
            boolean wishPossible, boolean wishHadRoom, boolean nearerHadRoom, boolean siblingHere,
            int thresholdMetres, boolean outsideMunicipality, String heritageLanguage) {
    }

    static String placed(PlacedFacts facts) {
        List<String> parts = new ArrayList<>();
        String group = switch (facts.groupKind()) {
            case DEUTSCHFOERDERUNG -> "";
            case ALPHABETISIERUNG -> " mit Alphabetisierungsgruppe";
            case IFK -> " mit Internationaler Förderklasse";
        };
        parts.add(ordinal(facts.rank()) + " passende Schule" + group + (facts.rank() == 0 ? " mit freiem Platz" : "")
                + ", " + km(facts.metres()));
        if (facts.wishRank() >= 0) {
            parts.add("Wunsch " + (facts.wishRank() + 1) + " erfüllt");
        } else if (facts.hadWishes() && facts.wishHadRoom()) {
            parts.add("Wunschschule hätte Platz, passt aber in der Gesamtbewertung schlechter (Schulweg, Geschwister, Verteilung)");
        } else if (facts.hadWishes() && facts.wishPossible()) {
            parts.add("Wunschschule nicht erfüllt: ihre Plätze sind an andere Kinder vergeben");
        } else if (facts.hadWishes()) {
            parts.add("Wunschschule nicht möglich (Schulform, Jahrgang, Gruppe, Entfernung oder kein freier Platz)");
        }
        if (facts.siblingHere()) {
            parts.add("Geschwister an dieser Schule");
        }
        if (facts.rank() > 0 && facts.wishRank() < 0 && !facts.siblingHere()) {
            parts.add(facts.nearerHadRoom()
                    ? "eine nähere Schule hätte Platz; gewählt für eine gleichmäßigere Verteilung oder die Wohngemeinde"
                    : "näher gelegene Plätze sind an andere Kinder vergeben");
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

    /** Begründung of a pinned or confirmed pupil: who decided, when, why; and a warning when over capacity. */
    static String fixed(Override fixing, SchoolQuota quota, long fixedHere, int metres) {
        String what = fixing.action() == OverrideAction.CONFIRM ? "bestätigt (Aufnahme durch die Schule)" : "fest zugewiesen";
        String text = what + " von " + fixing.createdBy() + " am " + fixing.createdAt().toLocalDate().format(DATE)
                + " (Korrektur Nr. " + fixing.id() + "): " + fixing.reason() + "; " + km(metres);
        if (fixedHere > quota.getFreePlaces()) {
            text += "; Achtung: feste Zuweisungen überschreiten die freien Plätze (" + fixedHere + " fest vergeben, "
                    + quota.getFreePlaces() + " frei gemeldet)";
        }
        return text;
    }

    static String allCandidatesFull(int candidates, Collection<SchoolForm> forms, GroupKind literacyGroup, int grade,
            int maxMetres) {
        String schools = candidates == 1 ? "die einzige passende Schule " : "alle " + candidates + " passenden Schulen ";
        return schools + offer(forms, literacyGroup) + " für Jahrgang " + grade + " bis " + km(maxMetres)
                + " Entfernung " + (candidates == 1 ? "ist" : "sind") + " voll";
    }
}
