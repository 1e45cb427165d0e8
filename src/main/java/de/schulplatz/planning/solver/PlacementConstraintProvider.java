package de.schulplatz.planning.solver;

import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolQuota;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/** The placement rules as constraint streams, one method per constraint. */
public class PlacementConstraintProvider implements ConstraintProvider {

    public static final String FREE_PLACES_EXCEEDED = "Freie Plätze überschritten";
    public static final String UNASSIGNED_PUPIL = "Schüler:in ohne Schulplatz";
    public static final String TRAVEL_DISTANCE = "Schulweg";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                freePlacesExceeded(factory),
                unassignedPupil(factory),
                travelDistance(factory)
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

    /** Medium: every pupil left without a place. */
    Constraint unassignedPupil(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(PupilPlacement.class)
                .filter(placement -> !placement.isAssigned())
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .asConstraint(UNASSIGNED_PUPIL);
    }

    /** Soft: straight-line distance from home to school in metres. */
    Constraint travelDistance(ConstraintFactory factory) {
        return factory.forEach(PupilPlacement.class)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, PupilPlacement::distanceMetres)
                .asConstraint(TRAVEL_DISTANCE);
    }
}
