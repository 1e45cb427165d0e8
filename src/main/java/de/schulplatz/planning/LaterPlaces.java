package de.schulplatz.planning;

import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.schools.PlaceQuota;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a school reports as free only after the planning date ("frei ab"). The plan never uses them; a
 * pupil it leaves without a place is given one of them for later ("Platz ab"), the most urgent pupils first
 * (the order of the waiting list), each the place free soonest, then the nearest, by the straight line.
 */
final class LaterPlaces {

    /** How the candidate search of the plan finds a pupil's nearest later places. */
    interface Search {
        List<SchoolQuota> candidates(CandidateFinder.Search planned, CandidateIndex index, List<SchoolQuota> quotas);
    }

    /**
     * A place for later.
     *
     * @param place          the reported places, with the day they are free
     * @param distanceMetres the straight line from home
     * @param startDate      the day the pupil can start: the day the places are free, or the group's next intake
     */
    record Reservation(PlaceQuota place, int distanceMetres, LocalDate startDate) {
    }

    private final List<SchoolQuota> quotas;
    private final List<PlaceQuota> places;
    private final CandidateIndex index;
    private final Map<String, CandidateFinder.Search> searches;
    private final Search search;

    LaterPlaces(List<SchoolQuota> quotas, List<PlaceQuota> places, CandidateIndex index,
            Map<String, CandidateFinder.Search> searches, Search search) {
        this.quotas = quotas;
        this.places = places;
        this.index = index;
        this.searches = searches;
        this.search = search;
    }

    boolean any() {
        return !quotas.isEmpty();
    }

    /**
     * @param unplaced the case numbers of the pupils without a place, most urgent first
     * @return the reservation of each pupil who gets one, in that order
     */
    Map<String, Reservation> reserve(List<String> unplaced, PlaceDates dates) {
        Map<String, Reservation> result = new LinkedHashMap<>();
        if (quotas.isEmpty()) {
            return result;
        }
        Map<SchoolQuota, Integer> taken = new HashMap<>();
        for (String caseNumber : unplaced) {
            CandidateFinder.Search planned = searches.get(caseNumber);
            if (planned == null) {
                continue;
            }
            List<SchoolQuota> candidates = search.candidates(planned, index, quotas);
            Map<SchoolQuota, Integer> distance = new HashMap<>();
            for (SchoolQuota quota : candidates) {
                distance.put(quota, planned.pupil.address().position().distanceMetresTo(quota.getLocation()));
            }
            candidates.stream()
                    .filter(quota -> taken.getOrDefault(quota, 0) < quota.getFreePlaces())
                    .min(Comparator.<SchoolQuota, LocalDate>comparing(quota -> dates.startDate(places.get(quota.getId())))
                            .thenComparing(distance::get).thenComparing(SchoolQuota::getId))
                    .ifPresent(quota -> {
                        taken.merge(quota, 1, Integer::sum);
                        PlaceQuota place = places.get(quota.getId());
                        result.put(caseNumber, new Reservation(place, distance.get(quota), dates.startDate(place)));
                    });
        }
        return result;
    }
}
