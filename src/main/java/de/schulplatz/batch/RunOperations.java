package de.schulplatz.batch;

import de.schulplatz.requests.RequestRefusedException;
import de.schulplatz.batch.RunViews.RunActionView;
import de.schulplatz.audit.AuditLog;
import de.schulplatz.runs.SupersededRunException;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/** Restart and stop of runs from the API, each recorded in the audit log. */
@Component
@ConditionalOnWebApplication
public class RunOperations {

    /**
     * How long a restart request waits: enough to see a refusal (lock taken, wrong status), which comes at
     * once, but not the whole run, which goes on in the background.
     */
    static final Duration RESTART_WAIT = Duration.ofSeconds(3);

    private final PlacementRunner runner;
    private final RunStatuses statuses;
    private final AuditLog audit;
    // PlacementRunner.restart runs the job in the caller's thread; several threads, so that a second
    // restart meets the run lock at once instead of queueing behind the first.
    private final ExecutorService restarts = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "api-restart");
        thread.setDaemon(true);
        return thread;
    });

    RunOperations(PlacementRunner runner, RunStatuses statuses, AuditLog audit) {
        this.runner = runner;
        this.statuses = statuses;
        this.audit = audit;
    }

    /** Result of a restart: finished within the wait (with its status) or still running. */
    public record Restart(boolean finished, RunActionView view) {
    }

    public Restart restart(long runId, String username) {
        requireRun(runId);
        String target = "Lauf " + runId;
        Future<JobExecution> restart = restarts.submit(() -> runner.restart(runId));
        try {
            JobExecution execution = restart.get(RESTART_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            audit.record(username, "Lauf neu gestartet", target, execution.getStatus().name());
            return new Restart(true, new RunActionView(runId, execution.getStatus().name(),
                    "Lauf " + runId + " neu gestartet: " + RunStatuses.statusText(execution.getStatus())));
        } catch (TimeoutException e) {
            audit.record(username, "Lauf neu gestartet", target, "gestartet");
            return new Restart(false, new RunActionView(runId, "STARTED", "Lauf " + runId + " wird neu gestartet"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RunAlreadyActiveException active) {
                audit.record(username, "Lauf neu gestartet", target, "abgelehnt: läuft bereits");
                throw active;
            }
            if (cause instanceof SupersededRunException superseded) {
                audit.record(username, "Lauf neu gestartet", target, "abgelehnt: überholt");
                throw RequestRefusedException.conflict(superseded.getMessage());
            }
            if (cause instanceof IllegalStateException refused) {
                // PlacementRunner's German reason: only failed or stopped runs can be restarted.
                audit.record(username, "Lauf neu gestartet", target, "abgelehnt");
                throw RequestRefusedException.conflict(refused.getMessage());
            }
            audit.record(username, "Lauf neu gestartet", target, "Fehler");
            throw new IllegalStateException("restart of run " + runId + " failed", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public RunActionView stop(long runId, String username) throws Exception {
        requireRun(runId);
        String target = "Lauf " + runId;
        if (!runner.stop(runId)) {
            audit.record(username, "Lauf angehalten", target, "abgelehnt: läuft nicht");
            throw RequestRefusedException.conflict("Lauf " + runId + " läuft nicht und kann nicht angehalten werden");
        }
        audit.record(username, "Lauf angehalten", target, "angefordert");
        return new RunActionView(runId, "STOPPING", stopMessage(runId));
    }

    /** What "Anhalten" does, in the words of page and API: nothing is published until the run is continued. */
    static String stopMessage(long runId) {
        return "Lauf " + runId + " wird angehalten; der beste bisherige Plan wird gespeichert, aber nicht "
                + "veröffentlicht: die Listen schreibt erst das Fortsetzen des Laufs";
    }

    private void requireRun(long runId) {
        if (!statuses.lastExecution(runId).isPresent()) {
            throw RequestRefusedException.notFound("Lauf " + runId + " gibt es nicht");
        }
    }

    @PreDestroy
    void shutdown() {
        restarts.shutdown();
    }
}
