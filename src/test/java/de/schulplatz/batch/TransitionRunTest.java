package de.schulplatz.batch;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.schools.School;
import de.schulplatz.schools.SchoolRepository;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.SampleRuns;
import de.schulplatz.transition.RegularPlace;
import de.schulplatz.transition.TransitionCase;
import de.schulplatz.transition.TransitionRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The transition out of the initial German support on the sample data (sheet "Übergang" of
 * sample-data/uebergang.xlsx): pupils whose school has the decided form stay unless its regular class is
 * full, the others move, no school takes more than its regular-class places, and the run proves its bound.
 */
@DatabaseTest
class TransitionRunTest {

    static final LocalDate MOVE = LocalDate.of(2027, 8, 1);

    @Autowired
    PlacementRunner runner;
    @Autowired
    PlacementRepository placements;
    @Autowired
    TransitionRepository transitions;
    @Autowired
    SchoolRepository schools;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @Test
    void staysWhereTheFormFitsMovesTheOthersAndKeepsWithinTheRegularPlaces() throws Exception {
        JobExecution first = SampleRuns.planSample(runner, jdbc, temp, LocalDate.of(2026, 11, 21));
        Path out = temp.resolve("uebergang");

        JobExecution transition = runner.runTransition(temp.resolve("in"), out, MOVE);

        assertThat(transition.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long runId = transition.getJobInstanceId();
        Map<String, PlannedPlacement> outcome = placements.findByRun(runId).stream()
                .collect(Collectors.toMap(PlannedPlacement::caseNumber, Function.identity()));
        List<TransitionCase> cases = transitions.cases();
        assertThat(cases).hasSize(40);
        assertThat(outcome).hasSize(40);
        Map<String, School> school = schools.findAll().stream()
                .collect(Collectors.toMap(School::schoolNumber, Function.identity()));
        Map<String, Integer> places = new HashMap<>();
        transitions.placesBySchool().values().stream().flatMap(List::stream)
                .forEach(p -> places.put(p.schoolNumber() + "/" + p.grade(), p.freePlaces()));
        Map<String, Long> taken = outcome.values().stream().filter(PlannedPlacement::isPlaced)
                .collect(Collectors.groupingBy(p -> p.schoolNumber() + "/" + p.grade(), Collectors.counting()));
        taken.forEach((key, count) -> assertThat(count).as(key).isLessThanOrEqualTo(places.get(key)));

        int stayed = 0;
        int moved = 0;
        for (TransitionCase c : cases) {
            PlannedPlacement p = outcome.get(c.caseNumber());
            boolean fits = school.get(c.currentSchool()).form() == c.decidedForm();
            if (!p.isPlaced()) {
                continue;
            }
            assertThat(school.get(p.schoolNumber()).form()).isEqualTo(c.decidedForm());
            assertThat(p.startDate()).isEqualTo(MOVE);
            if (p.schoolNumber().equals(c.currentSchool())) {
                stayed++;
                assertThat(p.reason()).startsWith("bleibt an der bisherigen Schule");
            } else {
                moved++;
                assertThat(p.reason()).startsWith("Wechsel von " + school.get(c.currentSchool()).name());
                if (fits) {
                    // moved though the form fits: only when the current school's regular class is full
                    String key = c.currentSchool() + "/" + c.grade();
                    assertThat(taken.getOrDefault(key, 0L)).as(c.caseNumber()).isEqualTo((long) places.getOrDefault(key, 0));
                }
            }
        }
        assertThat(stayed).isPositive();
        assertThat(moved).isPositive();
        assertThat(jdbc.queryForObject("SELECT bound_exact FROM planning_run WHERE id = ?", Boolean.class, runId)).isTrue();
        assertThat(Files.readString(out.resolve("run-summary.json"))).contains("\"proven\" : true");
        assertThat(out.resolve("Uebergaenge_Bezirksregierung_Detmold.xlsx")).exists();
        assertThat(jdbc.queryForObject("SELECT job FROM planning_run WHERE id = ?", String.class, runId))
                .isEqualTo("TRANSITION");
        // both placements in the pupil's history; the next first placement still re-plans from the first run
        assertThat(placements.history(cases.get(0).caseNumber())).hasSize(2);
        assertThat(jdbc.queryForObject("""
                SELECT id FROM planning_run WHERE published_at IS NOT NULL AND job = 'PLACEMENT'
                """, Long.class)).isEqualTo(first.getJobInstanceId());
    }

    /**
     * On the same input the re-plan gives the same plan (it starts from the published transition plan; that
     * it prefers it over the current school when the two differ is not shown here: nothing changes between
     * the runs) and the history holds every version.
     */
    @Test
    void aSecondTransitionRunOnTheSameInputGivesTheSamePlanAndTheHistoryHoldsBoth() throws Exception {
        SampleRuns.planSample(runner, jdbc, temp, LocalDate.of(2026, 11, 21));
        long firstRun = runner.runTransition(temp.resolve("in"), temp.resolve("u1"), MOVE).getJobInstanceId();
        long secondRun = runner.runTransition(temp.resolve("in"), temp.resolve("u2"), MOVE).getJobInstanceId();

        Map<String, String> before = schools(firstRun);
        assertThat(schools(secondRun)).isEqualTo(before);
        assertThat(placements.history(transitions.cases().get(0).caseNumber())).hasSize(3);
    }

    private Map<String, String> schools(long runId) {
        Map<String, String> result = new HashMap<>();
        placements.findByRun(runId).forEach(p -> result.put(p.caseNumber(), String.valueOf(p.schoolNumber())));
        return result;
    }
}
