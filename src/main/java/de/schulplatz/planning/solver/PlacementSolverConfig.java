package de.schulplatz.planning.solver;

import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PupilPlacement;
import java.time.Duration;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
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
        return new SolverConfig()
                .withSolutionClass(PlacementPlan.class)
                .withEntityClasses(PupilPlacement.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(PlacementConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withPhases(
                        new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
                        new LocalSearchPhaseConfig())
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(timeLimit)
                        .withUnimprovedSpentLimit(unimprovedTimeLimit));
    }
}
