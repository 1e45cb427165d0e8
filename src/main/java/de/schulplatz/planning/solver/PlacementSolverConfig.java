package de.schulplatz.planning.solver;

import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PupilPlacement;
import java.time.Duration;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** The solver set-up in code, so the engine (Bavet) and phases are explicit and need no XML. */
public final class PlacementSolverConfig {

    private PlacementSolverConfig() {
    }

    /**
     * @param timeLimit           solving stops after this time at the latest
     * @param unimprovedTimeLimit and earlier when the best score has not improved for this long
     */
    public static SolverConfig create(Duration timeLimit, Duration unimprovedTimeLimit) {
        return create(timeLimit, unimprovedTimeLimit, null);
    }

    /**
     * Plain OptaPlanner on the same model, for the benchmark's comparison: no phases configured, so its
     * default construction heuristic and local search run (no flow start, no family moves).
     */
    public static SolverConfig plain(Duration timeLimit) {
        return new SolverConfig()
                .withSolutionClass(PlacementPlan.class)
                .withEntityClasses(PupilPlacement.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(PlacementConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit)
                        .withUnimprovedSpentLimit(timeLimit));
    }

    /**
     * @param provenBest the best score any plan can reach (a proven bound), or null: a plan scoring it
     *                   cannot be improved, so solving ends as soon as the best plan reaches it
     */
    public static SolverConfig create(Duration timeLimit, Duration unimprovedTimeLimit,
            HardMediumSoftLongScore provenBest) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(timeLimit)
                .withUnimprovedSpentLimit(unimprovedTimeLimit);
        if (provenBest != null) {
            termination.setBestScoreLimit(provenBest.toString());
        }
        return new SolverConfig()
                .withSolutionClass(PlacementPlan.class)
                .withEntityClasses(PupilPlacement.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(PlacementConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withPhases(
                        new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
                        // Acceptor and forager stay at their defaults (late acceptance); only the moves are
                        // widened: OptaPlanner's default change and swap moves plus whole-family moves, which
                        // single moves cannot replace (see FamilyChangeMove).
                        new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig()
                                .withMoveSelectors(
                                        new ChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                                        new SwapMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                                        // Few pupils have siblings: one move in five is plenty for them.
                                        new MoveIteratorFactoryConfig()
                                                .withMoveIteratorFactoryClass(FamilyMoveIteratorFactory.class)
                                                .withFixedProbabilityWeight(0.5))))
                .withTerminationConfig(termination);
    }
}
