package de.schulplatz.planning;

import de.schulplatz.planning.domain.PlacementWeights;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Weights of the objective, {@code schulplatz.weights.*}, checked at start-up. Soft weights are in
 * metres of travel that one unit is worth; 0 switches a constraint off. The medium weights rank who
 * gets a place first when not everybody can: see docs/rules.md.
 *
 * @param travelDistance      per metre of travel
 * @param beyondThreshold     per metre beyond the reimbursement threshold (on top of travelDistance)
 * @param siblingsApart       per pair of siblings at different schools although they could share one
 * @param wishMissed          per rank of the family's wish missed (second wish 1, third 2, none 3)
 * @param fairSpread          per unit of 1000 × newcomers² / pupils of a school
 * @param outsideMunicipality per pupil at a school outside the home municipality
 * @param publishedChange     per published placement that is moved or withdrawn
 * @param compulsory          medium: base weight of an unassigned pupil of compulsory school age
 * @param voluntary           medium: base weight of an unassigned pupil no longer of compulsory age
 * @param waitingDay          medium: added per day since registration with the KI (at most 365 days)
 */
@ConfigurationProperties("schulplatz.weights")
public record WeightSettings(long travelDistance, long beyondThreshold, long siblingsApart, long wishMissed,
        long fairSpread, long outsideMunicipality, long publishedChange, long compulsory, long voluntary,
        long waitingDay) {

    public WeightSettings {
        requireNonNegative("travel-distance", travelDistance);
        requireNonNegative("beyond-threshold", beyondThreshold);
        requireNonNegative("siblings-apart", siblingsApart);
        requireNonNegative("wish-missed", wishMissed);
        requireNonNegative("fair-spread", fairSpread);
        requireNonNegative("outside-municipality", outsideMunicipality);
        requireNonNegative("published-change", publishedChange);
        requireNonNegative("waiting-day", waitingDay);
        if (compulsory < 1 || voluntary < 1) {
            throw new IllegalArgumentException("Einstellung schulplatz.weights.compulsory und .voluntary müssen "
                    + "mindestens 1 sein: jedes Kind ohne Platz zählt");
        }
    }

    private static void requireNonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("Einstellung schulplatz.weights." + name + " darf nicht negativ sein (ist "
                    + value + ")");
        }
    }

    PlacementWeights toSolverWeights() {
        return new PlacementWeights(travelDistance, beyondThreshold, siblingsApart, wishMissed, fairSpread,
                outsideMunicipality, publishedChange);
    }

    /** The same weights with another weight for moving a pupil from its "published" school. */
    WeightSettings withPublishedChange(long weight) {
        return new WeightSettings(travelDistance, beyondThreshold, siblingsApart, wishMissed, fairSpread,
                outsideMunicipality, weight, compulsory, voluntary, waitingDay);
    }
}
