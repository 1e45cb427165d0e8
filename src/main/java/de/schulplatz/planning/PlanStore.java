package de.schulplatz.planning;

import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.flow.FlowPlanner;
import de.schulplatz.planning.solver.PlacementConstraint;
import de.schulplatz.runs.RunRepository;
import de.schulplatz.schools.PlaceQuota;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the plan of a run with everything reported about it: each pupil's outcome, the score and the score
 * of every constraint, the sibling figures, the proven bound and the school size assumed. In a transaction
 * of its own: when the run is stopped, Spring Batch rolls back the step's transaction, but the best plan
 * found so far must be kept.
 */
@Component
class PlanStore {

    private final PlacementRepository placements;
    private final RunRepository runs;
    private final TransactionTemplate newTransaction;

    PlanStore(PlacementRepository placements, RunRepository runs, PlatformTransactionManager transactionManager) {
        this.placements = placements;
        this.runs = runs;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void save(long runId, List<PlannedPlacement> outcomes, PlacementPlan solved,
            ScoreExplanation<PlacementPlan, HardMediumSoftLongScore> explanation, long solvingMillis,
            FlowPlanner.Result flow, AssumedSchoolSize assumedSize) {
        HardMediumSoftLongScore score = explanation.getScore();
        newTransaction.executeWithoutResult(status -> {
            placements.replace(runId, outcomes);
            placements.replaceQuotas(runId, solved.getQuotas().stream()
                    .map(q -> new PlaceQuota(q.getSchoolNumber(), q.getGroupKind(), q.getGradeFrom(), q.getGradeTo(),
                            q.getFreePlaces()))
                    .toList());
            runs.saveScore(runId, score.hardScore(), score.mediumScore(), score.softScore(), solvingMillis);
            Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> totals = new HashMap<>();
            explanation.getConstraintMatchTotalMap().values()
                    .forEach(total -> totals.put(total.getConstraintName(), total));
            // Constraints that never matched are listed too: "0 Fälle" is worth reading (e.g. no place overfilled).
            runs.saveConstraintScores(runId, Arrays.stream(PlacementConstraint.values())
                    .map(constraint -> constraintScore(constraint, totals.get(constraint.constraintName())))
                    .toList());
            saveSiblingFigures(runId, solved);
            runs.saveBound(runId, flow.mediumPenalty(), flow.boundSoft(), flow.unassigned(), flow.exact());
            runs.saveAssumedSchoolSize(runId, assumedSize.pupils(), assumedSize.basis().name(),
                    assumedSize.schoolsWithoutSize());
        });
    }

    /** True once a plan of the run is saved completely (a restart after a stop keeps it instead of re-planning). */
    boolean hasSavedPlan(long runId) {
        return runs.find(runId).map(run -> run.solvingMillis() != null).orElse(false);
    }

    private static RunRepository.ConstraintScore constraintScore(PlacementConstraint constraint,
            ConstraintMatchTotal<HardMediumSoftLongScore> total) {
        String level = constraint.level().label();
        if (total == null) {
            return new RunRepository.ConstraintScore(constraint.constraintName(), level, 0, 0);
        }
        return new RunRepository.ConstraintScore(constraint.constraintName(), level, total.getConstraintMatchCount(),
                constraint.level().of(total.getScore()));
    }

    /** Counts sibling pairs that have a school in common, and those of them placed at one school. */
    private void saveSiblingFigures(long runId, PlacementPlan plan) {
        Map<String, List<PupilPlacement>> families = plan.getPlacements().stream()
                .filter(p -> p.getFamilyId() != null)
                .collect(Collectors.groupingBy(PupilPlacement::getFamilyId));
        int sharable = 0;
        int together = 0;
        for (List<PupilPlacement> family : families.values()) {
            for (int i = 0; i < family.size(); i++) {
                for (int j = i + 1; j < family.size(); j++) {
                    if (family.get(i).couldShareSchoolWith(family.get(j))) {
                        sharable++;
                        together += family.get(i).attendsSameSchoolAs(family.get(j)) ? 1 : 0;
                    }
                }
            }
        }
        runs.saveSiblingPairs(runId, sharable, together);
    }
}
