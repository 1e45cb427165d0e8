package de.schulplatz.batch;

import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.planning.PlacementRepository.PlanCounts;
import de.schulplatz.runs.PlanningRun;
import de.schulplatz.runs.RunRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Metrics of the nightly job for monitoring: run duration by outcome, and placed / unassigned pupils and
 * the score of the last completed run ({@code /actuator/metrics/schulplatz.*}).
 */
@Component
class RunMetrics {

    private final MeterRegistry registry;
    private final RunRepository runs;
    private final PlacementRepository placements;
    private final AtomicLong placed = new AtomicLong();
    private final AtomicLong unassigned = new AtomicLong();
    private final AtomicLong mediumScore = new AtomicLong();
    private final AtomicLong softScore = new AtomicLong();

    RunMetrics(MeterRegistry registry, RunRepository runs, PlacementRepository placements) {
        this.registry = registry;
        this.runs = runs;
        this.placements = placements;
        Gauge.builder("schulplatz.run.placed", placed, AtomicLong::get)
                .description("Kinder mit Schulplatz im letzten abgeschlossenen Lauf").register(registry);
        Gauge.builder("schulplatz.run.unassigned", unassigned, AtomicLong::get)
                .description("Kinder ohne Schulplatz im letzten abgeschlossenen Lauf").register(registry);
        Gauge.builder("schulplatz.run.score.medium", mediumScore, AtomicLong::get).register(registry);
        Gauge.builder("schulplatz.run.score.soft", softScore, AtomicLong::get).register(registry);
    }

    void runEnded(JobExecution execution) {
        if (execution.getStartTime() != null && execution.getEndTime() != null) {
            Timer.builder("schulplatz.run.duration").tag("status", execution.getStatus().name())
                    .description("Dauer eines Planungslaufs").register(registry)
                    .record(Duration.between(execution.getStartTime(), execution.getEndTime()));
        }
        long runId = execution.getJobInstanceId();
        runs.find(runId).filter(run -> run.hardScore() != null).ifPresent(this::remember);
    }

    private void remember(PlanningRun run) {
        PlanCounts counts = placements.counts(List.of(run.id())).getOrDefault(run.id(), PlanCounts.NONE);
        placed.set(counts.placed());
        unassigned.set(counts.unassigned());
        mediumScore.set(run.mediumScore());
        softScore.set(run.softScore());
    }
}
