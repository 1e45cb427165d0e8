package de.schulplatz.planning.domain;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The weights of the soft constraints, in metres of travel that one unit of each is worth; 0 switches
 * a constraint off. Set from {@code schulplatz.weights.*}; the defaults are documented in docs/rules.md.
 */
@ConstraintConfiguration
public class PlacementWeights {

    public static final String TRAVEL_DISTANCE = "Schulweg";
    public static final String BEYOND_THRESHOLD = "Schulweg über der Erstattungsgrenze";
    public static final String SIBLINGS_APART = "Geschwister an verschiedenen Schulen";
    public static final String WISH_MISSED = "Wunschschule verfehlt";
    public static final String FAIR_SPREAD = "Faire Verteilung";
    public static final String OUTSIDE_MUNICIPALITY = "Schule außerhalb der Wohngemeinde";
    public static final String PUBLISHED_CHANGE = "Veröffentlichte Zuweisung geändert";

    @ConstraintWeight(TRAVEL_DISTANCE)
    private HardMediumSoftLongScore travelDistance;
    @ConstraintWeight(BEYOND_THRESHOLD)
    private HardMediumSoftLongScore beyondThreshold;
    @ConstraintWeight(SIBLINGS_APART)
    private HardMediumSoftLongScore siblingsApart;
    @ConstraintWeight(WISH_MISSED)
    private HardMediumSoftLongScore wishMissed;
    @ConstraintWeight(FAIR_SPREAD)
    private HardMediumSoftLongScore fairSpread;
    @ConstraintWeight(OUTSIDE_MUNICIPALITY)
    private HardMediumSoftLongScore outsideMunicipality;
    @ConstraintWeight(PUBLISHED_CHANGE)
    private HardMediumSoftLongScore publishedChange;

    /** Needed by OptaPlanner's solution cloner. */
    PlacementWeights() {
    }

    public PlacementWeights(long travelDistance, long beyondThreshold, long siblingsApart, long wishMissed,
            long fairSpread, long outsideMunicipality, long publishedChange) {
        this.travelDistance = HardMediumSoftLongScore.ofSoft(travelDistance);
        this.beyondThreshold = HardMediumSoftLongScore.ofSoft(beyondThreshold);
        this.siblingsApart = HardMediumSoftLongScore.ofSoft(siblingsApart);
        this.wishMissed = HardMediumSoftLongScore.ofSoft(wishMissed);
        this.fairSpread = HardMediumSoftLongScore.ofSoft(fairSpread);
        this.outsideMunicipality = HardMediumSoftLongScore.ofSoft(outsideMunicipality);
        this.publishedChange = HardMediumSoftLongScore.ofSoft(publishedChange);
    }

    /** Soft weight per metre of travel. */
    public long travelDistanceWeight() {
        return travelDistance.softScore();
    }

    public long beyondThresholdWeight() {
        return beyondThreshold.softScore();
    }

    public long siblingsApartWeight() {
        return siblingsApart.softScore();
    }

    public long wishMissedWeight() {
        return wishMissed.softScore();
    }

    public long fairSpreadWeight() {
        return fairSpread.softScore();
    }

    public long outsideMunicipalityWeight() {
        return outsideMunicipality.softScore();
    }

    public long publishedChangeWeight() {
        return publishedChange.softScore();
    }
}
