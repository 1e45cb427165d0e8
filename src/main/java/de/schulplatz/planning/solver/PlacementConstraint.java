package de.schulplatz.planning.solver;

import de.schulplatz.planning.domain.PlacementWeights;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Every constraint of the placement model with its name (as reports show it) and its score level. The
 * constraint provider defines exactly these, one method each: a switch over this enum makes a missing one a
 * compile error, so reports listing all constraints cannot drift from the model. The soft names live in
 * {@link PlacementWeights}, whose weight annotations need them as constants.
 */
public enum PlacementConstraint {
    FREE_PLACES_EXCEEDED("Freie Plätze überschritten", Level.HARD),
    UNASSIGNED_PUPIL("Schüler:in ohne Schulplatz", Level.MEDIUM),
    TRAVEL_DISTANCE(PlacementWeights.TRAVEL_DISTANCE, Level.SOFT),
    BEYOND_THRESHOLD(PlacementWeights.BEYOND_THRESHOLD, Level.SOFT),
    SIBLINGS_APART(PlacementWeights.SIBLINGS_APART, Level.SOFT),
    WISH_MISSED(PlacementWeights.WISH_MISSED, Level.SOFT),
    FAIR_SPREAD(PlacementWeights.FAIR_SPREAD, Level.SOFT),
    OUTSIDE_MUNICIPALITY(PlacementWeights.OUTSIDE_MUNICIPALITY, Level.SOFT),
    PUBLISHED_CHANGE(PlacementWeights.PUBLISHED_CHANGE, Level.SOFT);

    /** The score level a constraint counts on; the German label is the one reports show. */
    public enum Level {
        HARD("hart"), MEDIUM("mittel"), SOFT("weich");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The part of a score on this level. */
        public long of(HardMediumSoftLongScore score) {
            return switch (this) {
                case HARD -> score.hardScore();
                case MEDIUM -> score.mediumScore();
                case SOFT -> score.softScore();
            };
        }
    }

    private final String constraintName;
    private final Level level;

    PlacementConstraint(String constraintName, Level level) {
        this.constraintName = constraintName;
        this.level = level;
    }

    /** The name the constraint is defined and reported under. */
    public String constraintName() {
        return constraintName;
    }

    public Level level() {
        return level;
    }
}
