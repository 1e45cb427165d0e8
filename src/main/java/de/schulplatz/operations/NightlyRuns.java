package de.schulplatz.operations;

import de.schulplatz.audit.AuditLog;
import de.schulplatz.batch.PlacementRunner;
import de.schulplatz.batch.RunAlreadyActiveException;
import de.schulplatz.batch.PlacementRunner.RunFolders;
import de.schulplatz.batch.PlacementRunner.StartedRun;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Service;

/**
 * The service's way of running: the new files of the inbox go to {@code archive/<date>/run-<n>/} and are
 * the run's input; the lists go to {@code outbox/<date>/run-<n>/}. Used by the schedule, the API and the
 * {@code nightly} command; every start is recorded in the audit log.
 */
@Service
public class NightlyRuns {

    private static final Logger log = LoggerFactory.getLogger(NightlyRuns.class);

    private final PlacementRunner runner;
    private final Inbox inbox;
    private final FileSettings folders;
    private final AuditLog audit;
    private final Clock clock;

    NightlyRuns(PlacementRunner runner, Inbox inbox, FileSettings folders, AuditLog audit, Clock clock) {
        this.runner = runner;
        this.inbox = inbox;
        this.folders = folders;
        this.audit = audit;
        this.clock = clock;
    }

    /** Runs now and waits for the end (schedule, command line). */
    public JobExecution runNow(String startedBy) throws Exception {
        LocalDate today = LocalDate.now(clock);
        try {
            JobExecution execution = runner.run(today, number -> claim(today, number));
            audit.record(startedBy, "Lauf gestartet", "Lauf " + execution.getJobInstanceId(), execution.getStatus().name());
            return execution;
        } catch (RunAlreadyActiveException e) {
            audit.record(startedBy, "Lauf gestartet", "Planungsdatum " + today, "abgelehnt: läuft bereits");
            throw e;
        }
    }

    /** Starts in the background (API); refused at once when a run is active. */
    public StartedRun startInBackground(String startedBy) {
        LocalDate today = LocalDate.now(clock);
        try {
            StartedRun started = runner.start(today, number -> claim(today, number));
            audit.record(startedBy, "Lauf gestartet", "Lauf " + started.planningDate() + " Nr. " + started.runNumber(),
                    "gestartet");
            return started;
        } catch (RunAlreadyActiveException e) {
            audit.record(startedBy, "Lauf gestartet", "Planungsdatum " + today, "abgelehnt: läuft bereits");
            throw e;
        }
    }

    private RunFolders claim(LocalDate date, int runNumber) {
        String runFolder = "run-" + runNumber;
        Path input = inbox.claimInto(folders.archive().resolve(date.toString()).resolve(runFolder));
        Path output = folders.outbox().resolve(date.toString()).resolve(runFolder);
        log.info("Run {} of {}: input {}, output {}", runNumber, date, input, output);
        return new RunFolders(input, output);
    }
}
