package de.schulplatz.api;

import de.schulplatz.batch.RunStatuses;
import de.schulplatz.batch.RunOperations;

import de.schulplatz.requests.RequestRefusedException;
import de.schulplatz.batch.RunViews.RunActionView;
import de.schulplatz.batch.RunViews.RunDetail;
import de.schulplatz.batch.RunViews.RunSummary;
import de.schulplatz.batch.RunViews.StartedRunView;
import de.schulplatz.batch.PlacementRunner.StartedRun;
import de.schulplatz.operations.NightlyRuns;
import de.schulplatz.security.Account;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Planning runs: start, list, status with live progress, restart, stop. */
@RestController
@RequestMapping("/api/runs")
@ConditionalOnWebApplication
class RunController {

    static final int MAX_LIMIT = 200;

    private final NightlyRuns nightlyRuns;
    private final RunStatuses statuses;
    private final RunOperations operations;

    RunController(NightlyRuns nightlyRuns, RunStatuses statuses, RunOperations operations) {
        this.nightlyRuns = nightlyRuns;
        this.statuses = statuses;
        this.operations = operations;
    }

    /** Starts a run like the nightly one (inbox → archive, lists → outbox) in the background. */
    @PostMapping
    ResponseEntity<StartedRunView> start(@AuthenticationPrincipal Account user) {
        StartedRun started = nightlyRuns.startInBackground(user.getUsername());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new StartedRunView(started.planningDate(), started.runNumber()));
    }

    /** A Schulaufsicht gets only published runs. */
    @GetMapping
    List<RunSummary> recent(@RequestParam(defaultValue = "20") int limit, @AuthenticationPrincipal Account user) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw RequestRefusedException.invalid("limit muss zwischen 1 und " + MAX_LIMIT + " liegen");
        }
        return statuses.recent(limit, user);
    }

    @GetMapping("/{id}")
    RunDetail detail(@PathVariable long id, @AuthenticationPrincipal Account user) {
        return statuses.detail(id, user).orElseThrow(() -> RequestRefusedException.notFound("Lauf " + id + " gibt es nicht"));
    }

    /** 200 when the restarted run ended within a few seconds, else 202 while it goes on. */
    @PostMapping("/{id}/restart")
    ResponseEntity<RunActionView> restart(@PathVariable long id, @AuthenticationPrincipal Account user) {
        RunOperations.Restart restart = operations.restart(id, user.getUsername());
        return ResponseEntity.status(restart.finished() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(restart.view());
    }

    @PostMapping("/{id}/stop")
    ResponseEntity<RunActionView> stop(@PathVariable long id, @AuthenticationPrincipal Account user) throws Exception {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(operations.stop(id, user.getUsername()));
    }
}
