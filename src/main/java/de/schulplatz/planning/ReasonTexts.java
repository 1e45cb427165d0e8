package de.schulplatz.planning;

import de.schulplatz.overrides.Override;
import de.schulplatz.overrides.OverrideAction;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.routing.DistanceMeasure;
import java.time.LocalDate;
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
            case FFM -> ", Fit für mehr";
            case REGELKLASSE -> ", Regelklasse";
        };
    }

    /**
     * A way to school as the reasons give it: "2,4 km" as the straight line (as before walking routes), with
     * a route "Fußweg 2,4 km, Luftlinie 0,9 km".
     */
    record Way(int metres, int straightMetres, DistanceMeasure measure) {

        static Way straight(int metres) {
            return new Way(metres, metres, DistanceMeasure.LUFTLINIE);
        }

        String text() {
            return measure == DistanceMeasure.FUSSWEG
                    ? "Fußweg " + km(metres) + ", Luftlinie " + km(straightMetres) : km(metres);
        }
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
    record PlacedFacts(int rank, Way way, GroupKind groupKind, int wishRank, boolean hadWishes,
            boolean wishPossible, boolean wishHadRoom, boolean nearerHadRoom, boolean siblingHere,
            int thresholdMetres, boolean outsideMunicipality, String heritageLanguage) {

        /** A placement measured as the straight line. */
        PlacedFacts(int rank, int metres, GroupKind groupKind, int wishRank, boolean hadWishes,
                boolean wishPossible, boolean wishHadRoom, boolean nearerHadRoom, boolean siblingHere,
                int thresholdMetres, boolean outsideMunicipality, String heritageLanguage) {
            this(rank, Way.straight(metres), groupKind, wishRank, hadWishes, wishPossible, wishHadRoom, nearerHadRoom,
                    siblingHere, thresholdMetres, outsideMunicipality, heritageLanguage);
        }
    }

    static String placed(PlacedFacts facts) {
        List<String> parts = new ArrayList<>();
        String group = switch (facts.groupKind()) {
            case DEUTSCHFOERDERUNG -> "";
            case ALPHABETISIERUNG -> " mit Alphabetisierungsgruppe";
            case IFK -> " mit Internationaler Förderklasse";
            case FFM -> " mit „Fit für mehr“";
            case REGELKLASSE -> "";
        };
        parts.add(ordinal(facts.rank()) + " passende Schule" + group + (facts.rank() == 0 ? " mit freiem Platz" : "")
                + ", " + facts.way().text());
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
        if (facts.way().metres() > facts.thresholdMetres()) {
            parts.add((facts.way().measure() == DistanceMeasure.FUSSWEG ? "Fußweg über " : "Schulweg über ")
                    + km(facts.thresholdMetres()) + ": Fahrkosten werden erstattet");
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
    static String fixed(Override fixing, SchoolQuota quota, long fixedHere, int straightMetres) {
        return fixed(fixing, quota, fixedHere, Way.straight(straightMetres));
    }

    static String fixed(Override fixing, SchoolQuota quota, long fixedHere, Way way) {
        String what = switch (fixing.action()) {
            case BESTAETIGEN -> "bestätigt (Aufnahme durch die Schule)";
            case ZUWEISEN -> "zugewiesen durch die Schulaufsicht";
            default -> "fest zugewiesen";
        };
        String text = what + " von " + fixing.createdBy() + " am " + fixing.createdAt().toLocalDate().format(DATE)
                + " (Korrektur Nr. " + fixing.id() + "): " + fixing.reason() + "; " + way.text();
        if (fixedHere > quota.getFreePlaces()) {
            text += "; Achtung: feste Zuweisungen überschreiten die freien Plätze (" + fixedHere + " fest vergeben, "
                    + quota.getFreePlaces() + " frei gemeldet)";
        }
        return text;
    }

    /** Added to the reason of a primary pupil placed by proximity ({@code schulplatz.rules.primary-nearest-first}). */
    static final String NEAREST_GRUNDSCHULE = "Vorrang der Nähe: nächstgelegene Grundschule mit freiem Platz "
            + "(§ 46 Abs. 3 SchulG NRW)";

    /** "Aufnahme zum 01.02.2027 (Aufnahmetermin von „Fit für mehr“)" */
    static String intakeLater(LocalDate start, GroupKind kind) {
        String group = switch (kind) {
            case IFK -> "der Internationalen Förderklasse";
            case FFM -> "von „Fit für mehr“";
            case ALPHABETISIERUNG -> "der Alphabetisierungsgruppe";
            case DEUTSCHFOERDERUNG, REGELKLASSE -> "der Gruppe";
        };
        return "Aufnahme zum " + start.format(DATE) + " (Aufnahmetermin " + group + ")";
    }

    /** A place reserved for later: the school and day first, then why there is none now. */
    static String reservedForLater(LocalDate start, String schoolName, String schoolNumber, String way,
            String whyNoneNow) {
        return "Platz ab " + start.format(DATE) + " an " + schoolName + " (" + schoolNumber + "), " + way
                + "; bis dahin ohne Platz: " + whyNoneNow;
    }

    /** Transition: the pupil stays at its school, whose form is the decided one. */
    static String transitionStays(String reason) {
        return "bleibt an der bisherigen Schule (Schulform passt); " + reason;
    }

    /** Transition: the pupil moves, because the form differs or the current school has no place (or costs more). */
    static String transitionMoves(String fromName, String fromNumber, boolean otherForm, String reason) {
        return "Wechsel von " + fromName + " (" + fromNumber + "): " + (otherForm
                ? "die bisherige Schule hat nicht die entschiedene Schulform"
                : "an der bisherigen Schule kein Platz in der Regelklasse oder in der Gesamtbewertung schlechter")
                + "; " + reason;
    }

    /** Transition: no regular-class place. */
    static String transitionWithoutPlace(String reason) {
        return "kein Platz in einer Regelklasse: " + reason;
    }

    /** The Begründung of a pupil without a place: every cause has its sentence here. */
    static String unplaced(UnplacedCause cause) {
        if (cause instanceof UnplacedCause.NotYetOfSchoolAge young) {
            return "noch nicht schulpflichtig: Einschulung erst zum Schuljahr " + young.enrolment().label();
        }
        if (cause instanceof UnplacedCause.BeyondCompulsoryAge adult) {
            return "nicht mehr schulpflichtig (18 Jahre oder älter zu Beginn des Schuljahres "
                    + adult.schoolYear().label() + "); nur freiwilliges Angebot über die Beratung";
        }
        if (cause instanceof UnplacedCause.BeyondFfmAge old) {
            return "älter als " + old.maxAge() + " Jahre zu Beginn des Schuljahres " + old.schoolYear().label()
                    + ": kein Platz in „Fit für mehr“; nur freiwilliges Angebot über die Beratung";
        }
        if (cause instanceof UnplacedCause.Settled settled) {
            return "nicht eingeplant: seit " + settled.germanSchoolYears() + " Schuljahren in Deutschland in der "
                    + "Schule, kein Seiteneinstieg (Einstellung schulplatz.rules.exclude-settled)";
        }
        if (cause instanceof UnplacedCause.NoFormTeachesGrade none) {
            return switch (none.source()) {
                case PREVIOUS -> "die bisherige Schulform (" + formNames(none.forms()) + ") unterrichtet Jahrgang "
                        + none.grade() + " nicht";
                case PUBLISHED -> "die Schulform der bisherigen Zuweisung (" + formNames(none.forms())
                        + ", ab Jahrgang 9 fest) unterrichtet Jahrgang " + none.grade() + " nicht";
                case USUAL -> "keine der üblichen Schulformen (" + formNames(none.forms()) + ") unterrichtet Jahrgang "
                        + none.grade();
                case RECOMMENDED -> "keine der empfohlenen Schulformen (" + formNames(none.forms())
                        + ") unterrichtet Jahrgang " + none.grade();
            };
        }
        if (cause instanceof UnplacedCause.NoPlacesReported none) {
            return "keine Schule " + offer(none.offer()) + " meldet Plätze für Jahrgang " + none.grade();
        }
        if (cause instanceof UnplacedCause.NoFreePlace none) {
            return "keine Schule " + offer(none.offer()) + " hat einen freien Platz in Jahrgang " + none.grade();
        }
        if (cause instanceof UnplacedCause.AllExcluded excluded) {
            return "alle Schulen " + offer(excluded.offer()) + " mit freiem Platz in Jahrgang " + excluded.grade()
                    + " sind für dieses Kind ausgeschlossen (Korrektur)";
        }
        if (cause instanceof UnplacedCause.NoBarrierFreeSchool none) {
            return "keine barrierefreie Schule " + offer(none.offer()) + " hat einen freien Platz in Jahrgang "
                    + none.grade();
        }
        if (cause instanceof UnplacedCause.BeyondDistanceLimit far) {
            return "keine Schule " + offer(far.offer()) + " mit freiem Platz in Jahrgang " + far.grade() + " innerhalb "
                    + (far.byRoute() ? km(far.limitMetres()) + " Fußweg (nächste: Luftlinie " + km(far.nearestMetres())
                            + ", Fußweg weiter)" : km(far.limitMetres()) + " (nächste: " + km(far.nearestMetres()) + ")");
        }
        if (cause instanceof UnplacedCause.AllCandidatesFull full) {
            String schools = full.candidates() == 1 ? "die einzige passende Schule "
                    : "alle " + full.candidates() + " passenden Schulen ";
            return schools + offer(full.offer()) + " für Jahrgang " + full.grade() + " bis " + km(full.farthestMetres())
                    + (full.byRoute() ? " Fußweg " : " Entfernung ") + (full.candidates() == 1 ? "ist" : "sind") + " voll";
        }
        throw new IllegalArgumentException("no wording for " + cause.getClass().getSimpleName());
    }

    private static String offer(UnplacedCause.Offer offer) {
        return offer(offer.forms(), offer.literacyGroup());
    }

    /** Why a published placement changed, as {@link PlanExplainer} found it. */
    enum MoveCause {
        /** The published school is excluded for the pupil now. */
        EXCLUDED,
        /** The published school is no longer among the pupil's candidates. */
        NO_LONGER_FITS,
        /** Moved for a better plan: more pupils placed, siblings or wishes. */
        REPLANNED
    }

    private static String moveCause(MoveCause cause) {
        return switch (cause) {
            case EXCLUDED -> "die bisherige Schule ist für dieses Kind ausgeschlossen";
            case NO_LONGER_FITS -> "die bisherige Schule passt nicht mehr (Jahrgang, Gruppe, freie Plätze oder Entfernung)";
            case REPLANNED -> "umgeplant, damit mehr Kinder einen Platz bekommen oder Geschwister und Wünsche besser passen";
        };
    }

    /** A published pupil placed at another school now: "verlegt von …: why; the new placement's reason". */
    static String moved(String fromSchool, MoveCause cause, String reason) {
        return "verlegt von " + fromSchool + ": " + moveCause(cause) + "; " + reason;
    }

    /** A published pupil without a place now: "Platz an … entfällt: why; why no place". */
    static String placeLost(String fromSchool, MoveCause cause, String reason) {
        return "Platz an " + fromSchool + " entfällt: " + moveCause(cause) + "; " + reason;
    }

    /** A withdrawn pupil: the override's reason and number. */
    static String withdrawn(Override withdrawal) {
        return "zurückgezogen: " + withdrawal.reason() + " (Korrektur Nr. " + withdrawal.id() + ")";
    }
}
