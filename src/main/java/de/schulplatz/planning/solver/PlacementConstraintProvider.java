package de.schulplatz.planning.solver;

import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolFact;
import de.schulplatz.planning.domain.SchoolQuota;
import java.util.Arrays;
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

    /** Fair spread is measured in thousandths of the school's pupils, squared: see {@link #fairSpread}. */
    static final long FAIR_SPREAD_SCALE = 1_000;

    /** Exactly the constraints of {@link PlacementConstraint}, in its order. */
    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return Arrays.stream(PlacementConstraint.values()).map(constraint -> define(constraint, factory))
                .toArray(Constraint[]::new);
    }

    private Constraint define(PlacementConstraint constraint, ConstraintFactory factory) {
        return switch (constraint) {
            case FREE_PLACES_EXCEEDED -> freePlacesExceeded(factory);
            case UNASSIGNED_PUPIL -> unassignedPupil(factory);
            case TRAVEL_DISTANCE -> travelDistance(factory);
            case BEYOND_THRESHOLD -> distanceBeyondThreshold(factory);
            case SIBLINGS_APART -> siblingsApart(factory);
            case WISH_MISSED -> wishMissed(factory);
            case FAIR_SPREAD -> fairSpread(factory);
            case OUTSIDE_MUNICIPALITY -> outsideHomeMunicipality(factory);
            case PUBLISHED_CHANGE -> publishedChange(factory);
        };
    }

    /** Hard: never more pupils in a quota than it has free places; the penalty is the overflow. */
    Constraint freePlacesExceeded(ConstraintFactory factory) {
        return factory.forEach(PupilPlacement.class)
                .groupBy(PupilPlacement::getQuota, ConstraintCollectors.count())
                .filter((quota, count) -> count > quota.getFreePlaces())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (SchoolQuota quota, Integer count) -> count - quota.getFreePlaces())
                .asConstraint(PlacementConstraint.FREE_PLACES_EXCEEDED.constraintName());
    }

    /** Medium: a pupil left without a place, weighted by urgency (waiting time, compulsory schooling). */
    Constraint unassignedPupil(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(PupilPlacement.class)
                .filter(placement -> !placement.isAssigned())
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, p -> p.getProfile().unassignedWeight())
                .asConstraint(PlacementConstraint.UNASSIGNED_PUPIL.constraintName());
    }

    /** Soft: straight-line distance from home to school in metres. */
    Constraint travelDistance(ConstraintFactory factory) {
        return factory.forEach(PupilPlacement.class)
                .penalizeConfigurableLong(PupilPlacement::distanceMetres)
                .asConstraint(PlacementConstraint.TRAVEL_DISTANCE.constraintName());
    }

    /** Soft: every metre beyond the reimbursement threshold (2 km primary, 3.5 km grades 5-10, 5 km beyond). */
    Constraint distanceBeyondThreshold(ConstraintFactory factory) {
        return factory.forEach(PupilPlacement.class)
                .filter(placement -> placement.metresBeyondThreshold() > 0)
                .penalizeConfigurableLong(PupilPlacement::metresBeyondThreshold)
                .asConstraint(PlacementConstraint.BEYOND_THRESHOLD.constraintName());
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
                .asConstraint(PlacementConstraint.SIBLINGS_APART.constraintName());
    }

    /** Soft: the family's wish missed, by rank (second wish 1, third 2, none 3). */
    Constraint wishMissed(ConstraintFactory factory) {
        return factory.forEach(PupilPlacement.class)
                .filter(placement -> placement.hasWishes() && placement.wishRankMissed() > 0)
                .penalizeConfigurable(PupilPlacement::wishRankMissed)
                .asConstraint(PlacementConstraint.WISH_MISSED.constraintName());
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
                .asConstraint(PlacementConstraint.FAIR_SPREAD.constraintName());
    }

    /** Soft: a school outside the pupil's home municipality. */
    Constraint outsideHomeMunicipality(ConstraintFactory factory) {
        return factory.forEach(PupilPlacement.class)
                .filter(PupilPlacement::isOutsideHomeMunicipality)
                .penalizeConfigurable()
                .asConstraint(PlacementConstraint.OUTSIDE_MUNICIPALITY.constraintName());
    }

    /** Soft: a placement already communicated to family and school moved or taken away. */
    Constraint publishedChange(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(PupilPlacement.class)
                .filter(PupilPlacement::changesPublishedPlacement)
                .penalizeConfigurable()
                .asConstraint(PlacementConstraint.PUBLISHED_CHANGE.constraintName());
    }
}
