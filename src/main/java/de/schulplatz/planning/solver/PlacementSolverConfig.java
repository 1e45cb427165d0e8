package de.schulplatz.planning.solver;

import de.schulplatz.planning.domain.PlacementPlan;
import de.schulplatz.planning.domain.PupilPlacement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
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
     * The local-search variants tried when tuning (benchmark {@code --tune}, docs/performance.md), each with
     * the production construction and termination; the first is the production set-up. Names only in
     * letters, digits, blanks and {@code _-.()}: the benchmarker makes folder names of them.
     */
    public static Map<String, SolverConfig> tuningCandidates(Duration timeLimit) {
        Map<String, SolverConfig> variants = new LinkedHashMap<>();
        variants.put("Simulated Annealing (Start 500 weich) - Familienzug 0.5 (Produktion)",
                create(timeLimit, timeLimit));
        variants.put("Simulated Annealing (Start 2000 weich) - Familienzug 0.5", withSearch(timeLimit,
                annealing("0hard/0medium/2000soft")));
        variants.put("Late Acceptance 400 - Familienzug 0.5 (bis Issue 15)", withSearch(timeLimit,
                new LocalSearchPhaseConfig().withMoveSelectorConfig(moves(0.5))));
        variants.put("Late Acceptance 400 - Familienzug 2", withSearch(timeLimit, new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves(2.0))));
        variants.put("Late Acceptance 2000 - Familienzug 0.5", withSearch(timeLimit, new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves(0.5))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(2000))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))));
        variants.put("Tabu (Entity 7 - 1000 Zuege je Schritt) - Familienzug 0.5", withSearch(timeLimit,
                new LocalSearchPhaseConfig().withMoveSelectorConfig(moves(0.5))
                        .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(7))
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1000))));
        return variants;
    }

    /**
     * OptaPlanner's default change and swap moves plus whole-family moves, which single moves cannot replace
     * (see FamilyChangeMove); few pupils have siblings, so the family moves weigh less by default.
     */
    private static UnionMoveSelectorConfig moves(double familyWeight) {
        return new UnionMoveSelectorConfig().withMoveSelectors(
                new ChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                new SwapMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(FamilyMoveIteratorFactory.class)
                        .withFixedProbabilityWeight(familyWeight));
    }

    /**
     * Starting temperature of the simulated annealing: at first a worsening by about 500 m of way is often
     * accepted, a sibling pair apart (5,000) almost never; the temperature falls towards 0 as the time limit
     * (or the unimproved-time limit) comes near. 2,000 was as good on koeln but kept finding tiny gains on
     * the sample data for 40 s instead of 11 s (docs/performance.md, section 4).
     */
    static final String PRODUCTION_TEMPERATURE = "0hard/0medium/500soft";

    private static LocalSearchPhaseConfig annealing(String startingTemperature) {
        return new LocalSearchPhaseConfig().withMoveSelectorConfig(moves(0.5))
                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                        .withSimulatedAnnealingStartingTemperature(startingTemperature))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(4));
    }

    /** The model and its score: the solution, the entity and the constraints on Bavet. */
    private static SolverConfig model() {
        return new SolverConfig()
                .withSolutionClass(PlacementPlan.class)
                .withEntityClasses(PupilPlacement.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(PlacementConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET));
    }

    private static SolverConfig withSearch(Duration timeLimit, LocalSearchPhaseConfig search) {
        SolverConfig config = create(timeLimit, timeLimit);
        config.setPhaseConfigList(List.of(config.getPhaseConfigList().get(0), search));
        return config;
    }

    /**
     * Plain OptaPlanner on the same model, for the benchmark's comparison: no phases configured, so its
     * default construction heuristic and local search run (no flow start, no family moves).
     */
    public static SolverConfig plain(Duration timeLimit) {
        return model().withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit)
                        .withUnimprovedSpentLimit(timeLimit));
    }

    /**
     * @param provenBest the best score any plan can reach (a proven bound), or null: a plan scoring it
     *                   cannot be improved. It ends the construction heuristic as a best-score limit of that
     *                   phase only; the local search is ended at it by {@link #stopAtBound}, because a
     *                   best-score limit of the solver would also set simulated annealing's temperature
     *                   (OptaPlanner takes the largest time gradient of all terminations, and a start close to
     *                   the bound is "almost done"), leaving it cold from the first step.
     */
    public static SolverConfig create(Duration timeLimit, Duration unimprovedTimeLimit,
            HardMediumSoftLongScore provenBest) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(timeLimit)
                .withUnimprovedSpentLimit(unimprovedTimeLimit);
        ConstructionHeuristicPhaseConfig construction = new ConstructionHeuristicPhaseConfig()
                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING);
        if (provenBest != null) {
            construction.setTerminationConfig(new TerminationConfig().withBestScoreLimit(provenBest.toString()));
        }
        return model()
                .withPhases(construction,
                        // Simulated annealing won the tuning (docs/performance.md, section 4): on koeln it
                        // ended 0.6-0.7 % better than late acceptance in the same 30 s, on lippe equal.
                        annealing(PRODUCTION_TEMPERATURE))
                .withTerminationConfig(termination);
    }

    /** Ends the solver's search as soon as its best plan reaches the proven bound (none is better). */
    public static void stopAtBound(Solver<PlacementPlan> solver, HardMediumSoftLongScore provenBest) {
        if (provenBest == null) {
            return;
        }
        solver.addEventListener(event -> {
            if (event.getNewBestScore().isSolutionInitialized() && event.getNewBestScore().compareTo(provenBest) >= 0) {
                solver.terminateEarly();
            }
        });
    }

    /** A solver of {@link #create(Duration, Duration, HardMediumSoftLongScore)} that ends at the bound. */
    public static Solver<PlacementPlan> solver(Duration timeLimit, Duration unimprovedTimeLimit,
            HardMediumSoftLongScore provenBest) {
        Solver<PlacementPlan> solver = SolverFactory.<PlacementPlan>create(create(timeLimit, unimprovedTimeLimit,
                provenBest)).buildSolver();
        stopAtBound(solver, provenBest);
        return solver;
    }
}
