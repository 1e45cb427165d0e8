package de.schulplatz.runs;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Live progress of the runs of this process, for the status endpoint (the database has the rest). */
@Component
public class RunProgress {

    /**
     * @param phase      the step being executed (e.g. solveStep)
     * @param bestScore  current best score while solving, null before
     */
    public record Progress(String phase, Instant startedAt, String bestScore, Integer placed, Integer unassigned,
            Instant phaseStartedAt) {

        public Duration elapsed() {
            return Duration.between(startedAt, Instant.now());
        }

        /** Since the current step began. */
        public Duration phaseElapsed() {
            return Duration.between(phaseStartedAt, Instant.now());
        }
    }

    private final Map<Long, Progress> byRun = new ConcurrentHashMap<>();

    public void phase(long runId, String phase) {
        Instant now = Instant.now();
        byRun.compute(runId, (id, old) -> old == null ? new Progress(phase, now, null, null, null, now)
                : new Progress(phase, old.startedAt(), old.bestScore(), old.placed(), old.unassigned(), now));
    }

    public void bestSolution(long runId, String score, int placed, int unassigned) {
        byRun.compute(runId, (id, old) -> new Progress(old == null ? "solveStep" : old.phase(),
                old == null ? Instant.now() : old.startedAt(), score, placed, unassigned,
                old == null ? Instant.now() : old.phaseStartedAt()));
    }

    public void finished(long runId) {
        byRun.remove(runId);
    }

    public Optional<Progress> of(long runId) {
        return Optional.ofNullable(byRun.get(runId));
    }
}
