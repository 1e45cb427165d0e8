package de.schulplatz.planning;

import de.schulplatz.overrides.Override;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The overrides in force for one planning run, arranged as the planning needs them. Read once at the
 * start of solving: overrides made while a run is solving apply to the next run.
 *
 * @param fixed        per case number the pin or confirmation in force
 * @param excluded     per case number the schools never to propose
 * @param withdrawals  per case number the withdrawal in force: these pupils are not planned
 * @param placeChanges changes of free places in effect on the planning date, oldest first
 */
record ActiveOverrides(Map<String, Override> fixed, Map<String, Set<String>> excluded, Map<String, Override> withdrawals,
        List<Override> placeChanges) {

    static final ActiveOverrides NONE = new ActiveOverrides(Map.of(), Map.of(), Map.of(), List.of());

    static ActiveOverrides of(List<Override> active, LocalDate planningDate) {
        Map<String, Override> fixed = new HashMap<>();
        Map<String, Set<String>> excluded = new HashMap<>();
        Map<String, Override> withdrawals = new HashMap<>();
        List<Override> placeChanges = new ArrayList<>();
        for (Override override : active) {
            switch (override.action()) {
                case FEST_ZUWEISEN, ZUWEISEN, BESTAETIGEN -> fixed.put(override.caseNumber(), override);
                case AUSSCHLIESSEN -> excluded.computeIfAbsent(override.caseNumber(), c -> new HashSet<>())
                        .add(override.schoolNumber());
                case ZURUECKZIEHEN -> withdrawals.put(override.caseNumber(), override);
                case PLAETZE_AENDERN -> {
                    // Without a date the change holds at once: for every run from now on, also one planning
                    // for an earlier day (the wall clock's today is no planning date).
                    if (override.effectiveFrom() == null || !override.effectiveFrom().isAfter(planningDate)) {
                        placeChanges.add(override);
                    }
                }
                case AUFHEBEN -> {
                    // a release only ends another override; it has no effect of its own
                }
            }
        }
        return new ActiveOverrides(fixed, excluded, withdrawals, placeChanges);
    }

    boolean isWithdrawn(String caseNumber) {
        return withdrawals.containsKey(caseNumber);
    }

    Set<String> excludedSchools(String caseNumber) {
        return excluded.getOrDefault(caseNumber, Set.of());
    }
}
