package de.schulplatz.planning;

import de.schulplatz.planning.domain.PupilPlacement;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.schoolsystem.GradeBand;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Primary placement by proximity ({@code schulplatz.rules.primary-nearest-first}): § 46 (3) SchulG NRW gives
 * a child the right to the nearest Grundschule within its capacity. Before solving, each primary pupil is
 * fixed to the nearest candidate that still has a free place, so neither fair spread nor wishes can move it
 * farther. Who comes first when places are short: pupils keeping their published school, then the most
 * urgent (the order of the waiting list), then the case number.
 */
final class NearestGrundschule {

    private NearestGrundschule() {
    }

    /** Fixes the primary pupils' placements; returns their case numbers. */
    static Set<String> assign(List<PupilPlacement> placements, Map<String, Eligibility> eligibility,
            Map<String, String> published) {
        Map<SchoolQuota, Integer> taken = new HashMap<>();
        for (PupilPlacement placement : placements) {
            if (placement.isPinned() && placement.getQuota() != null) {
                taken.merge(placement.getQuota(), 1, Integer::sum);
            }
        }
        List<PupilPlacement> primary = placements.stream()
                .filter(p -> !p.isPinned() && !p.getCandidates().isEmpty())
                .filter(p -> eligibility.get(p.getCaseNumber()).band() == GradeBand.PRIMARSTUFE)
                .sorted(Comparator.<PupilPlacement>comparingInt(p -> keepsPublished(p, published) ? 0 : 1)
                        .thenComparing(p -> -p.getProfile().unassignedWeight())
                        .thenComparing(PupilPlacement::getCaseNumber))
                .toList();
        Set<String> fixed = new LinkedHashSet<>();
        for (PupilPlacement placement : primary) {
            SchoolQuota choice = keepsPublished(placement, published) && hasRoom(placement.getQuota(), taken)
                    ? placement.getQuota()
                    : placement.getCandidates().stream()
                            .filter(quota -> hasRoom(quota, taken))
                            .min(Comparator.comparingInt(placement::distanceTo).thenComparing(SchoolQuota::getId))
                            .orElse(null);
            if (choice != null) {
                taken.merge(choice, 1, Integer::sum);
                placement.pin(choice);
                fixed.add(placement.getCaseNumber());
            }
        }
        return fixed;
    }

    /** Re-planning starts at the published school: a child already told its school keeps it while it has room. */
    private static boolean keepsPublished(PupilPlacement placement, Map<String, String> published) {
        String school = published.get(placement.getCaseNumber());
        return school != null && placement.getQuota() != null && placement.getQuota().getSchoolNumber().equals(school);
    }

    private static boolean hasRoom(SchoolQuota quota, Map<SchoolQuota, Integer> taken) {
        return taken.getOrDefault(quota, 0) < quota.getFreePlaces();
    }
}
