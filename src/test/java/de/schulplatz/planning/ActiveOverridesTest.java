package de.schulplatz.planning;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.overrides.Override;
import de.schulplatz.overrides.OverrideAction;
import de.schulplatz.schoolsystem.GroupKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Changes of free places hold from their "Gültig ab" date; without one at once, for every following run.
 * The root cause of a re-planning test that failed once the wall clock passed its planning date: a change
 * without a date was stored as valid from the day it was recorded, so a run planning for an earlier day
 * (run --date) ignored it and kept pupils in places that no longer exist.
 */
class ActiveOverridesTest {

    private static final LocalDate PLANNING_DATE = LocalDate.of(2026, 11, 21);

    @Test
    void aChangeWithoutDateHoldsForARunPlanningAnEarlierDay() {
        ActiveOverrides active = ActiveOverrides.of(List.of(placeChange(1, null)), PLANNING_DATE);

        assertThat(active.placeChanges()).extracting(Override::id).containsExactly(1L);
    }

    @Test
    void aDatedChangeHoldsFromItsDateOn() {
        ActiveOverrides active = ActiveOverrides.of(List.of(placeChange(1, PLANNING_DATE),
                placeChange(2, PLANNING_DATE.minusDays(1)), placeChange(3, PLANNING_DATE.plusDays(1))), PLANNING_DATE);

        assertThat(active.placeChanges()).extracting(Override::id).containsExactly(1L, 2L);
    }

    @Test
    void aChangeWithoutDateIsDescribedAsHoldingAtOnce() {
        assertThat(placeChange(7, null).describe()).endsWith(": 0 Plätze ab sofort");
        assertThat(placeChange(8, PLANNING_DATE).describe()).endsWith(": 0 Plätze ab 2026-11-21");
    }

    private static Override placeChange(long id, LocalDate effectiveFrom) {
        return new Override(id, OverrideAction.PLAETZE_AENDERN, null, "100001", GroupKind.DEUTSCHFOERDERUNG, 1, 4, 0,
                effectiveFrom, null, "Klasse voll", "Frau Test", OffsetDateTime.now(), "Test", null, null, null);
    }
}
