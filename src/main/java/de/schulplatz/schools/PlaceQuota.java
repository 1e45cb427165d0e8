package de.schulplatz.schools;

import de.schulplatz.schoolsystem.GroupKind;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * Free places for newcomers at one school for a range of grades and a kind of group (Platzkontingent),
 * e.g. 3 places in German support groups in grades 5-6. The ranges of one school, group kind and date
 * ({@code availableFrom}) do not overlap.
 *
 * @param availableFrom from when the places are free ("frei ab"); null: now
 * @param validUntil    until when the report holds ("Meldung gültig bis"); null: until the next report
 * @param intake        the days of the year the group admits newcomers; empty: the kind's usual dates
 *                      ({@code schulplatz.rules.*-intake}), for German support and literacy groups any day
 */
public record PlaceQuota(String schoolNumber, GroupKind groupKind, int gradeFrom, int gradeTo, int freePlaces,
        LocalDate availableFrom, LocalDate validUntil, List<MonthDay> intake) {

    public PlaceQuota {
        intake = intake == null ? List.of() : List.copyOf(intake);
    }

    /** Places free now, reported without an end. */
    public PlaceQuota(String schoolNumber, GroupKind groupKind, int gradeFrom, int gradeTo, int freePlaces) {
        this(schoolNumber, groupKind, gradeFrom, gradeTo, freePlaces, null, null, List.of());
    }

    public boolean covers(int grade) {
        return grade >= gradeFrom && grade <= gradeTo;
    }

    /** "5-6" or "7" */
    public String gradeLabel() {
        return gradeFrom == gradeTo ? Integer.toString(gradeFrom) : gradeFrom + "-" + gradeTo;
    }

    /** Free by this day and the report still holds: the plan of that day may use the places. */
    public boolean inForceOn(LocalDate day) {
        return (availableFrom == null || !availableFrom.isAfter(day)) && !expiredOn(day);
    }

    /** Free only after this day, and the report still holds: a place to be reserved for later ("Platz ab"). */
    public boolean freeLaterThan(LocalDate day) {
        return availableFrom != null && availableFrom.isAfter(day) && !expiredOn(day);
    }

    /** The report ended before this day: its places are not planned. */
    public boolean expiredOn(LocalDate day) {
        return validUntil != null && validUntil.isBefore(day);
    }
}
