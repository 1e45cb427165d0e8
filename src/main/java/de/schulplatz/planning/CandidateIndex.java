package de.schulplatz.planning;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schools.School;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The quotas a kind of pupil may be offered, filtered once per kind instead of once per pupil, and a spatial
 * index (JTS {@link STRtree}) over their schools' positions, so that each pupil only measures the distance
 * to quotas inside a box around its home instead of to every quota of the state. Pupils of one kind share
 * grade, allowed school forms, group and need of barrier-free access: 186 kinds on {@code nrw}. Safe for
 * pupils searched in parallel (the trees are read only once built).
 */
final class CandidateIndex {

    /** What decides which quotas a pupil may be offered, before exclusions and distance. */
    record Kind(int grade, Set<SchoolForm> allowedForms, GroupKind literacyGroup, boolean barrierFreeNeeded,
            boolean youngAdult) {

        static Kind of(Eligibility eligible) {
            return new Kind(eligible.grade(), eligible.allowedForms(), eligible.literacyGroup(),
                    eligible.barrierFreeNeeded(), eligible.youngAdult());
        }
    }

    /**
     * The quotas of one kind after each filter, in the order of the reasons (see
     * {@code CandidateFinder.collectCandidates}); {@code accessible} is indexed by position.
     */
    static final class Offer {
        final List<SchoolQuota> offered;
        final List<SchoolQuota> free;
        final List<SchoolQuota> accessible;
        private final STRtree tree;

        private Offer(List<SchoolQuota> offered, List<SchoolQuota> free, List<SchoolQuota> accessible) {
            this.offered = offered;
            this.free = free;
            this.accessible = accessible;
            this.tree = new STRtree();
            for (SchoolQuota quota : accessible) {
                GeoPoint p = quota.getLocation();
                tree.insert(new Envelope(new Coordinate(p.longitude(), p.latitude())), quota);
            }
            tree.build();
        }

        /**
         * Every accessible quota within {@code metres} of home (exactly by {@link GeoPoint#distanceMetresTo}),
         * possibly with some a little farther: the caller measures each.
         */
        @SuppressWarnings("unchecked")
        List<SchoolQuota> near(GeoPoint home, int metres) {
            return tree.query(box(home, metres));
        }
    }

    /** The quotas at schools that take newcomers at all: the first filter, the same for every kind. */
    private final List<SchoolQuota> quotas;
    private final Map<SchoolQuota, School> schoolOf;
    private final Map<Kind, Offer> offers = new ConcurrentHashMap<>();

    CandidateIndex(List<SchoolQuota> quotas, Map<SchoolQuota, School> schoolOf) {
        this.quotas = quotas.stream().filter(q -> schoolOf.get(q).takesNewcomers()).toList();
        this.schoolOf = schoolOf;
    }

    /** How many kinds of pupils were met (each has its own filtered quotas and index). */
    int kinds() {
        return offers.size();
    }

    Offer offer(Eligibility eligible) {
        return offers.computeIfAbsent(Kind.of(eligible), kind -> {
            List<SchoolQuota> offered = new ArrayList<>();
            for (SchoolQuota q : quotas) {
                if (q.covers(eligible.grade()) && eligible.allowedForms().contains(q.getForm())
                        && q.getGroupKind() == eligible.groupKindAt(q.getForm())) {
                    offered.add(q);
                }
            }
            List<SchoolQuota> free = offered.stream().filter(q -> q.getFreePlaces() > 0).toList();
            List<SchoolQuota> accessible = eligible.barrierFreeNeeded()
                    ? free.stream().filter(q -> schoolOf.get(q).barrierFree()).toList() : free;
            return new Offer(offered, free, accessible);
        });
    }

    /**
     * A longitude/latitude box holding the whole circle of {@code metres} (plus a metre for the rounding of
     * distances) around the point on the sphere that {@link GeoPoint#distanceMetresTo} measures on.
     */
    static Envelope box(GeoPoint centre, int metres) {
        double angle = (metres + 1.0) / GeoPoint.EARTH_RADIUS_METRES;
        double dLat = Math.toDegrees(angle);
        double farthestLatitude = Math.toRadians(Math.min(89.0, Math.abs(centre.latitude()) + dLat));
        double dLon = Math.toDegrees(Math.min(Math.PI, angle / Math.cos(farthestLatitude)));
        // A hair wider: the box must never cut off a quota the exact measure keeps.
        dLat *= 1.001;
        dLon *= 1.001;
        return new Envelope(centre.longitude() - dLon, centre.longitude() + dLon, centre.latitude() - dLat,
                centre.latitude() + dLat);
    }
}
