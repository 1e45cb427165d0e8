package de.schulplatz.export;

import de.schulplatz.intake.ImportProblem;
import de.schulplatz.intake.ImportRepository.SheetCount;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.runs.PlanningRun;
import de.schulplatz.runs.RunRepository.ConstraintScore;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schools.School;
import java.util.List;
import java.util.Map;

/** Everything the outputs of one run are made from, loaded once. */
record RunData(PlanningRun run, List<PlannedPlacement> placements, Map<String, Pupil> pupils,
        Map<String, School> schools, Map<String, List<PlaceQuota>> quotas, List<SheetCount> sheetCounts,
        List<ImportProblem> problems, List<ConstraintScore> constraintScores,
        Map<String, PlannedPlacement> previousPlacements) {

    Pupil pupil(PlannedPlacement placement) {
        return pupils.get(placement.caseNumber());
    }
}
