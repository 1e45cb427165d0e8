package de.schulplatz.planning.solver;

import de.schulplatz.planning.domain.PlacementWeights;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolFact;
import de.schulplatz.planning.domain.SchoolQuota;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * The placement rules as constraint streams, one method per constraint. Eligibility (school form,
 * grade, group kind, barrier-free access, distance limit) is not here: ineligible schools are never in
 * a pupil's candidate list.
 */
public class PlacementConstraintProvider implements ConstraintProvider {

    public static final String FREE_PLACES_EXCEEDED = "Freie Plätze überschritten";
    public static final String UNASSIGNED_PUPIL = "Schüler:in ohne Schulplatz";

    /** Fair spread is measured in thousandths of the school's pupils, squared: see {@link #fairSpread}. */
    static final long FAIR_SPREAD_SCALE = 1_000;

    /** Every constraint by name, for reports that list all of them, including those that never matched. */
    public static final List<String> CONSTRAINT_NAMES = List.of(FREE_PLACES_EXCEEDED, UNASSIGNED_PUPIL,
            PlacementWeights.TRAVEL_DISTANCE, PlacementWeights.BEYOND_THRESHOLD, PlacementWeights.SIBLINGS_APART,
            PlacementWeights.WISH_MISSED, PlacementWeights.FAIR_SPREAD, PlacementWeights.OUTSIDE_MUNICIPALITY,
            PlacementWeights.PUBLISHED_CHANGED);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                freePlacesExceeded(factory),
                unassignedPupil(factory),
                travelDistance(factory),
                distanceBeyondThreshold(factory),
                siblingsApart(factory),
                wishMissed(factory),
                fairSpread(factory),
                outsideHomeMunicipality(factory),
                publishedPlacementChanged(factory)
        };
    }

    /** Hard: never more pupils in a quota than it has free places; the penalty is the overflow. */
    Constraint freePlacesExceeded(ConstraintFactory factory) {
        return factory.forEach(PupilPlacement.class)
                .groupBy(PupilPlacement::getQuota, ConstraintCollectors.count())
                .filter((quota, count) -> count > quota.getFreePlaces())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (SchoolQuota quota, Integer count) -> count - quota.getFreePlaces())
                .asConstraint(FREE_PLACES_EXCEEDED);
    }

    /** Medium: a pupil left without a place, weighted by urgency (waiting time, compulsory schooling). */
    Constraint unassignedPupil(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(PupilPlacement.class)
                .filter(placement -> !placement.isAssigned())
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, p -> p.getProfile().unassignedWeight())
                .asConstraint(UNASSIGNED_PUPIL);
    }

    /** Soft: straight-line distance from home to school in metres. */
    Constraint travelDistance(ConstraintFactory factory) {
        return factory.forEach(PupilPlacement.class)
                .penalizeConfigurableLong(PupilPlacement::distanceMetres)
                .asConstraint(PlacementWeights.TRAVEL_DISTANCE);
    }

    /** Soft: every metre beyond the reimbursement threshold (2 km primary, 3.5 km grades 5-10, 5 km beyond). */
    Constraint distanceBeyondThreshold(ConstraintFactory factory) {
        return factory.forEach(PupilPlacement.class)
                .filter(placement -> placement.metresBeyondThreshold() > 0)
                .penalizeConfigurableLong(PupilPlacement::metresBeyondThreshold)
                .asConstraint(PlacementWeights.BEYOND_THRESHOLD);
    }

    /** Soft: a pair of siblings at different schools although they have a school in common. */
    Constraint siblingsApart(ConstraintFactory factory) {
        return factory.forEach(PupilPlacement.class)
                .filter(placement -> placement.getFamilyId() != null)
                .join(factory.forEach(PupilPlacement.class).filter(placement -> placement.getFamilyId() != null),
                        Joiners.equal(PupilPlacement::getFamilyId),
                        Joiners.lessThan(PupilPlacement::getCaseNumber))
                .filter((a, b) -> !a.attendsSameSchoolAs(b) && a.couldShareSchoolWith(b))
                .penalizeConfigurable()
                .asConstraint(PlacementWeights.SIBLINGS_APART);
    }

    /** Soft: the family's wish missed, by rank (second wish 1, third 2, none 3). */
    Constraint wishMissed(ConstraintFactory factory) {
        return factory.forEach(PupilPlacement.class)
                .filter(placement -> placement.hasWishes() && placement.wishRankMissed() > 0)
                .penalizeConfigurable(PupilPlacement::wishRankMissed)
                .asConstraint(PlacementWeights.WISH_MISSED);
    }

    /**
     * Soft: newcomers relative to school size, convex: {@code 1000 × n² / pupils}, rounded, per school. Squaring
     * makes each further newcomer at a school cost more than the last, so the cheapest spread puts
     * newcomers in proportion to school size and no school carries a disproportionate share.
     */
    Constraint fairSpread(ConstraintFactory factory) {
        return factory.forEach(PupilPlacement.class)
                .groupBy(placement -> placement.getQuota().getSchool(), ConstraintCollectors.count())
                .penalizeConfigurableLong((SchoolFact school, Integer count) ->
                        Math.round((double) FAIR_SPREAD_SCALE * count * count / school.totalPupils()))
                .asConstraint(PlacementWeights.FAIR_SPREAD);
    }

    /** Soft: a school outside the pupil's home municipality. */
    Constraint outsideHomeMunicipality(ConstraintFactory factory) {
        return factory.forEach(PupilPlacement.class)
                .filter(PupilPlacement::isOutsideHomeMunicipality)
                .penalizeConfigurable()
                .asConstraint(PlacementWeights.OUTSIDE_MUNICIPALITY);
    }

    /** Soft: a placement already communicated to family and school moved or taken away. */
    Constraint publishedPlacementChanged(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(PupilPlacement.class)
                .filter(PupilPlacement::changesPublishedPlacement)
                .penalizeConfigurable()
                .asConstraint(PlacementWeights.PUBLISHED_CHANGED);
    }
}
