package de.schulplatz.planning;

import de.schulplatz.requests.RequestRefusedException;
import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.runs.PlanningRun;
import de.schulplatz.runs.RunRepository;
import de.schulplatz.security.Account;
import de.schulplatz.security.ScopeDeniedException;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/** Which run's plan a request means: the one asked for, or else the latest published. */
@Component
@ConditionalOnWebApplication
public class PublishedRuns {

    /** Not a run id, so "the last published run before it" is the last published run of all. */
    private static final long NO_RUN = -1;

    private final RunRepository runs;
    private final PlacementRepository placements;

    PublishedRuns(RunRepository runs, PlacementRepository placements) {
        this.runs = runs;
        this.placements = placements;
    }

    public Optional<PlanningRun> latestPublished() {
        return runs.lastPublishedRunBefore(NO_RUN).flatMap(runs::find);
    }

    /** True when the pupil is on the authority's list in the latest published plan. */
    public boolean isOnOwnPublishedList(String caseNumber, Account user) {
        return latestPublished().map(PlanningRun::id).stream()
                .flatMap(run -> placements.findByRun(run).stream())
                .anyMatch(p -> p.caseNumber().equals(caseNumber) && p.authorities().contains(user.schoolAuthority()));
    }

    /**
     * The run asked for, or the latest published one. A Schulaufsicht sees only published plans: those are
     * the lists it is sent; a plan still being made or of a failed run is the KI's working state.
     */
    public PlanningRun resolve(Long runId, Account user) {
        if (runId == null) {
            return latestPublished().orElseThrow(() -> RequestRefusedException.notFound("Es gibt noch keine veröffentlichte Planung"));
        }
        PlanningRun run = runs.find(runId).orElseThrow(() -> RequestRefusedException.notFound("Lauf " + runId + " gibt es nicht"));
        if (user.isSchoolAuthority() && run.publishedAt() == null) {
            throw new ScopeDeniedException("Die Planung von Lauf " + runId + " ist nicht veröffentlicht");
        }
        return run;
    }
}
