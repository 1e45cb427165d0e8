package de.schulplatz.export;

import de.schulplatz.intake.ImportProblem;
import de.schulplatz.intake.ImportRepository.SheetCount;
import de.schulplatz.planning.PlanOfRun;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.routing.DistanceMeasure;
import de.schulplatz.routing.WalkingRoutes;
import de.schulplatz.runs.PlanningRun;
import de.schulplatz.runs.RunRepository.ConstraintScore;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schools.School;
import java.util.List;
import java.util.Map;

/** Everything the outputs of one run are made from, loaded once. */
record RunData(PlanningRun run, PlanOfRun plan, List<SheetCount> sheetCounts, List<ImportProblem> problems,
        List<ConstraintScore> constraintScores, Map<String, PlannedPlacement> previousPlacements) {

    List<PlannedPlacement> placements() {
        return plan.placements();
    }

    Map<String, Pupil> pupils() {
        return plan.pupils();
    }

    Map<String, School> schools() {
        return plan.schools();
    }

    /** The places the run planned with, by school. */
    Map<String, List<PlaceQuota>> quotas() {
        return plan.quotas();
    }

    /**
     * How the run measured its ways: walking routes when any placement's way is a route (homes or schools off
     * the network are the straight line even then), else the straight line.
     */
    DistanceMeasure measure() {
        return plan.placements().stream().anyMatch(p -> p.measure() == DistanceMeasure.FUSSWEG)
                ? DistanceMeasure.FUSSWEG : DistanceMeasure.LUFTLINIE;
    }

    /** "Luftlinie", or "Fußweg (…)" with the attribution the routes' map data requires. */
    String measureText() {
        return measure() == DistanceMeasure.FUSSWEG
                ? "Fußweg nach OpenStreetMap, wo Wohnung und Schule am Wegenetz liegen, sonst Luftlinie; "
                        + WalkingRoutes.ATTRIBUTION
                : "Luftlinie";
    }

    Pupil pupil(PlannedPlacement placement) {
        return plan.pupilOf(placement);
    }
}
