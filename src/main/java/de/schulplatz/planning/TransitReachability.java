package de.schulplatz.planning;

import de.schulplatz.pupils.Pupil;
import de.schulplatz.routing.TransitCheck;
import de.schulplatz.schools.School;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks the chosen school of every placed pupil whose way is beyond the walking threshold (travel costs are
 * reimbursed, so the child goes by bus or train) against the timetable, when one is configured. The check
 * reports, it does not re-plan: the school authority and the KI decide what to do with a school that is not
 * reachable.
 */
@Component
class TransitReachability {

    private static final Logger log = LoggerFactory.getLogger(TransitReachability.class);

    private final TransitCheck check;

    TransitReachability(TransitCheck check) {
        this.check = check;
    }

    List<PlannedPlacement> apply(List<PlannedPlacement> outcomes, List<Pupil> pupils, Map<String, School> schools,
            LocalDate planningDate) {
        if (!check.active()) {
            return outcomes;
        }
        long started = System.nanoTime();
        LocalDate day = check.dayFor(planningDate);
        Map<String, Pupil> pupilByCase = pupils.stream().collect(Collectors.toMap(Pupil::caseNumber, Function.identity()));
        List<PlannedPlacement> result = new ArrayList<>(outcomes.size());
        int checked = 0;
        int unreachable = 0;
        for (PlannedPlacement outcome : outcomes) {
            if (outcome.isPlaced() && outcome.reimbursed()) {
                TransitCheck.Verdict verdict = check.check(pupilByCase.get(outcome.caseNumber()).address().position(),
                        schools.get(outcome.schoolNumber()).address().position(), day);
                checked++;
                unreachable += verdict.reachable() ? 0 : 1;
                result.add(outcome.withTransit(verdict));
            } else {
                result.add(outcome);
            }
        }
        log.info("Public-transport check on {}: {} placements checked, {} not reachable, {} ms", day, checked, unreachable,
                (System.nanoTime() - started) / 1_000_000);
        return result;
    }
}
