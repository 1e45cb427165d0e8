package de.schulplatz.planning;

import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.schoolsystem.IntakeDates;
import de.schulplatz.schoolsystem.RuleSettings;
import de.schulplatz.schools.PlaceQuota;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dates of a run's places: from when a pupil placed in a quota can start (the planning date, the day the
 * places are free, or the group's next intake day), and which reports had ended by the planning date.
 */
final class PlaceDates {

    private final LocalDate planningDate;
    private final RuleSettings rules;
    private final Map<Integer, PlaceQuota> reported = new HashMap<>();
    private final List<PlaceQuota> expired = new ArrayList<>();

    PlaceDates(LocalDate planningDate, RuleSettings rules) {
        this.planningDate = planningDate;
        this.rules = rules;
    }

    void inForce(SchoolQuota quota, PlaceQuota place) {
        reported.put(quota.getId(), place);
    }

    void expired(PlaceQuota place) {
        expired.add(place);
    }

    LocalDate planningDate() {
        return planningDate;
    }

    /** The reports that ended before the planning date: their places were not planned. */
    List<PlaceQuota> expiredReports() {
        return List.copyOf(expired);
    }

    /** From when a pupil placed in this quota of the plan can start. */
    LocalDate startDate(SchoolQuota quota) {
        PlaceQuota place = reported.get(quota.getId());
        if (place == null) {
            // a quota made for a pinned pupil whose places were withdrawn: the group's usual intake
            return IntakeDates.nextOnOrAfter(planningDate, rules.defaultIntake(quota.getGroupKind()));
        }
        return startDate(place);
    }

    /** From when a pupil can start in these places: not before they are free, and on an intake day of the group. */
    LocalDate startDate(PlaceQuota place) {
        LocalDate from = place.availableFrom() != null && place.availableFrom().isAfter(planningDate)
                ? place.availableFrom() : planningDate;
        List<MonthDay> intake = place.intake().isEmpty() ? rules.defaultIntake(place.groupKind()) : place.intake();
        return IntakeDates.nextOnOrAfter(from, intake);
    }
}
