package de.schulplatz.overrides;

import de.schulplatz.schools.School;
import de.schulplatz.schools.SchoolRepository;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The Schulaufsicht decides on a placement at one of its own schools: the school admits the child, or the
 * child is declined with a reason. An admission is a confirmation ({@link OverrideAction#BESTAETIGEN}); a decline
 * excludes that school for the child ({@link OverrideAction#AUSSCHLIESSEN}), so the next run plans the child
 * elsewhere. Both are overrides like any other: checked, audited, in the pupil's history.
 */
@Service
public class AuthorityDecisions {

    /** Source of a decision in the history. */
    public static final String SOURCE = "Schulaufsicht (Arbeitsbereich)";

    /** What a Schulaufsicht can decide, with the form's value. */
    public enum Decision {
        AUFGENOMMEN("aufnehmen", "Aufnahme bestätigt"),
        ABGELEHNT("ablehnen", "abgelehnt");

        private final String value;
        private final String label;

        Decision(String value, String label) {
            this.value = value;
            this.label = label;
        }

        public String value() {
            return value;
        }

        public String label() {
            return label;
        }

        public static Optional<Decision> parse(String value) {
            return Arrays.stream(values()).filter(d -> d.value.equals(value)).findFirst();
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
     * @throws OverrideRejectedException with a German reason when the decision cannot hold (no published place at
     *                                   one of the authority's schools, a decline without reason, the checks of
     *                                   every override)
     */
    public Override decide(String caseNumber, Decision decision, String reason, String username, String authority) {
        School school = decidableSchool(caseNumber, authority).orElseThrow(() -> new OverrideRejectedException(
                "Fall " + caseNumber + " hat keinen veröffentlichten Platz an einer Schule von „" + authority + "“"));
        String text = reason == null ? "" : reason.strip();
        if (decision == Decision.ABGELEHNT && text.length() < 3) {
            throw new OverrideRejectedException("eine Ablehnung braucht einen Grund");
        }
        OverrideAction action = decision == Decision.AUFGENOMMEN ? OverrideAction.BESTAETIGEN : OverrideAction.AUSSCHLIESSEN;
        String withAuthority = decision.label() + " durch " + authority + (text.isEmpty() ? "" : ": " + text);
        return overrides.apply(OverrideRequest.forPupil(action, caseNumber, school.schoolNumber(), withAuthority,
                username, SOURCE));
    }
}
