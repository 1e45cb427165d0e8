package de.schulplatz.overrides;

import de.schulplatz.schools.School;
import de.schulplatz.schools.SchoolRepository;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Schulaufsicht decides on a placement at one of its own schools, in the workspace or in the column
 * "Entscheidung" of its returned list: it assigns the child to the planned school (its formal Zuweisung,
 * {@link OverrideAction#ZUWEISEN}), records the school's admission ({@link OverrideAction#BESTAETIGEN}), or
 * records a decline with a reason, which excludes that school for the child ({@link OverrideAction#AUSSCHLIESSEN}),
 * so the next run plans the child elsewhere. All three are overrides like any other: checked, audited, in the
 * pupil's history.
 */
@Service
public class AuthorityDecisions {

    /** Source of a decision in the history. */
    public static final String SOURCE = "Schulaufsicht (Arbeitsbereich)";

    /** What a Schulaufsicht can decide, with the form's value and the words its list accepts. */
    public enum Decision {
        ZUGEWIESEN("zuweisen", "zugewiesen", OverrideAction.ZUWEISEN, List.of("zugewiesen", "zuweisen", "zuweisung")),
        AUFGENOMMEN("aufnehmen", "Aufnahme bestätigt", OverrideAction.BESTAETIGEN,
                List.of("aufgenommen", "aufnehmen", "aufnahme bestätigt", "bestätigt", "bestätigen")),
        ABGELEHNT("ablehnen", "abgelehnt", OverrideAction.AUSSCHLIESSEN, List.of("abgelehnt", "ablehnen", "ablehnung"));

        private final String value;
        private final String label;
        private final OverrideAction action;
        private final List<String> words;

        Decision(String value, String label, OverrideAction action, List<String> words) {
            this.value = value;
            this.label = label;
            this.action = action;
            this.words = words;
        }

        public String value() {
            return value;
        }

        public String label() {
            return label;
        }

        /** The form's value. */
        public static Optional<Decision> parse(String value) {
            return Arrays.stream(values()).filter(d -> d.value.equals(value)).findFirst();
        }

        /** A word written in the list's column "Entscheidung", as a person types it. */
        public static Optional<Decision> ofWord(String text) {
            String word = text == null ? "" : text.strip().toLowerCase(Locale.GERMAN);
            return Arrays.stream(values()).filter(d -> d.words.contains(word)).findFirst();
        }
    }

    /** Where a decision comes from: who, through what, and a key that makes a returned list apply once. */
    public record Origin(String username, String source, String sourceRef) {
        static Origin workspace(String username) {
            return new Origin(username, SOURCE, null);
        }
    }

    private final OverrideService overrides;
    private final PublishedPlan publishedPlan;
    private final SchoolRepository schools;

    AuthorityDecisions(OverrideService overrides, PublishedPlan publishedPlan, SchoolRepository schools) {
        this.overrides = overrides;
        this.publishedPlan = publishedPlan;
        this.schools = schools;
    }

    /**
     * The school of the published plan the authority may decide on for this child; empty when the child has no
     * published place or the place is at another authority's school.
     */
    public Optional<School> decidableSchool(String caseNumber, String authority) {
        return publishedPlan.publishedSchool(caseNumber).flatMap(schools::find)
                .filter(school -> authority != null && authority.equals(school.authority()));
    }

    /**
     * A decision in the workspace, today.
     *
     * @throws OverrideRejectedException with a German reason when the decision cannot hold (no published place at
     *                                   one of the authority's schools, a decline without reason, the checks of
     *                                   every override)
     */
    @Transactional(noRollbackFor = OverrideRejectedException.class)
    public Override decide(String caseNumber, Decision decision, String reason, String username, String authority) {
        School school = decidableSchool(caseNumber, authority).orElseThrow(() -> new OverrideRejectedException(
                "Fall " + caseNumber + " hat keinen veröffentlichten Platz an einer Schule von „" + authority + "“"));
        return record(caseNumber, school, decision, reason, Origin.workspace(username), null);
    }

    /**
     * A decision written on the sheet of one school in the authority's returned list: it holds only for the child's
     * published place at that very school, and only when the school belongs to the authority the list was written for.
     *
     * @param listAuthority the authority the list names (its sheet "Liste")
     * @param planningDate  the run's day, which the checks are made for
     * @throws OverrideRejectedException as {@link #decide}; also when the child's published place is another school
     */
    @Transactional(noRollbackFor = OverrideRejectedException.class)
    public Override decideOnList(String caseNumber, String schoolNumber, String listAuthority, Decision decision,
            String reason, Origin origin, LocalDate planningDate) {
        // First: a list returned twice is "already applied", not a child meanwhile elsewhere or a school excluded.
        overrides.requireNotApplied(origin.sourceRef());
        School school = schools.find(schoolNumber).orElseThrow(() -> new OverrideRejectedException(
                "Schule " + schoolNumber + " ist nicht bekannt"));
        if (!school.authority().equals(listAuthority)) {
            throw new OverrideRejectedException("Schule " + schoolNumber + " gehört nicht zu „" + listAuthority
                    + "“, für die diese Liste geschrieben ist; nur deren Schulen werden übernommen");
        }
        String published = publishedPlan.publishedSchool(caseNumber).orElseThrow(() -> new OverrideRejectedException(
                "Fall " + caseNumber + " hat in der zuletzt veröffentlichten Planung keinen Schulplatz"));
        if (!published.equals(schoolNumber)) {
            throw new OverrideRejectedException("Fall " + caseNumber + " ist inzwischen der Schule " + published
                    + " zugewiesen, nicht " + schoolNumber + "; die Entscheidung gilt nicht mehr");
        }
        return record(caseNumber, school, decision, reason, origin, planningDate);
    }

    private Override record(String caseNumber, School school, Decision decision, String reason, Origin origin,
            LocalDate planningDate) {
        String text = reason == null ? "" : reason.strip();
        if (decision == Decision.ABGELEHNT && text.length() < 3) {
            throw new OverrideRejectedException("eine Ablehnung braucht einen Grund");
        }
        String withAuthority = decision.label() + " durch " + school.authority() + (text.isEmpty() ? "" : ": " + text);
        if (decision == Decision.ZUGEWIESEN) {
            overrides.list(false).stream()
                    .filter(o -> o.action() == OverrideAction.BESTAETIGEN && caseNumber.equals(o.caseNumber())
                            && school.schoolNumber().equals(o.schoolNumber()))
                    .findFirst().ifPresent(o -> {
                        throw new OverrideRejectedException("die Aufnahme von Fall " + caseNumber + " an dieser Schule "
                                + "ist bereits bestätigt (Korrektur Nr. " + o.id() + ")");
                    });
        }
        if (decision == Decision.ABGELEHNT) {
            // The school head declines after the Zuweisung: the assignment at this school ends with the decline.
            // An exclusion already in force is refused first, so that nothing is released for a decline that fails.
            overrides.list(false).stream()
                    .filter(o -> o.action() == OverrideAction.AUSSCHLIESSEN && caseNumber.equals(o.caseNumber())
                            && school.schoolNumber().equals(o.schoolNumber()))
                    .findFirst().ifPresent(o -> {
                        throw new OverrideRejectedException("die Schule ist für Fall " + caseNumber
                                + " bereits ausgeschlossen (Korrektur Nr. " + o.id() + ")");
                    });
            overrides.list(false).stream()
                    .filter(o -> o.action().fixesPlacement() && caseNumber.equals(o.caseNumber())
                            && school.schoolNumber().equals(o.schoolNumber()))
                    .forEach(o -> overrides.apply(OverrideRequest.release(o.id(), withAuthority, origin.username(),
                            origin.source())));
        }
        OverrideRequest request = new OverrideRequest(decision.action, caseNumber, school.schoolNumber(), null, null,
                null, null, null, null, withAuthority, origin.username(), origin.source(), origin.sourceRef());
        return planningDate == null ? overrides.apply(request) : overrides.apply(request, planningDate);
    }
}
