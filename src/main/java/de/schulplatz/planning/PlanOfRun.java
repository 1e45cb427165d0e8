package de.schulplatz.planning;

import de.schulplatz.pupils.Pupil;
import de.schulplatz.runs.PlanningRun;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schools.School;
import java.util.List;
import java.util.Map;

/**
 * A run's plan with the pupils and schools it names and the places it planned with, as lists, pages and the
 * API show it. {@link PlacementRepository#planOf} is the one place that puts these together.
 *
 * @param pupils by case number
 * @param schools every school, by school number
 * @param quotas the places the run planned with, by school number
 */
public record PlanOfRun(PlanningRun run, List<PlannedPlacement> placements, Map<String, Pupil> pupils,
        Map<String, School> schools, Map<String, List<PlaceQuota>> quotas) {

    /** Null only for a pupil deleted since (not done today, but a list must not fail on it). */
    public Pupil pupilOf(PlannedPlacement placement) {
        return pupils.get(placement.caseNumber());
    }

    /** Null when not placed. */
    public School schoolOf(PlannedPlacement placement) {
        return placement.schoolNumber() == null ? null : schools.get(placement.schoolNumber());
    }

    /** The places the run planned with at one school, all grades and groups. */
    public int placesAt(String schoolNumber) {
        return quotas.getOrDefault(schoolNumber, List.of()).stream().mapToInt(PlaceQuota::freePlaces).sum();
    }
}
