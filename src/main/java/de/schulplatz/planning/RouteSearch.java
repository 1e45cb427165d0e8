package de.schulplatz.planning;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.planning.domain.SchoolQuota;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.routing.Route;
import de.schulplatz.routing.RouteRequest;
import de.schulplatz.routing.WalkingRoutes;
import de.schulplatz.schoolsystem.RuleSettings;
import de.schulplatz.schools.School;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the straight-line candidates into walking-route candidates: the nearest quotas by route within the
 * distance limit by route. The straight line is a lower bound of the route, so a circle of radius r around
 * home holds every quota whose route is at most r: the routes of the quotas in the circle are asked, and
 * when at least max-candidates of them are within r by route (or r is the limit) those nearest are exactly
 * the nearest of all; else the circle doubles. The first circle is half again the straight distance of the
 * farthest straight-line candidate. All pupils still searching ask together, so each school's routes come
 * from one shortest-path tree per round.
 */
final class RouteSearch {

    /** The first circle: the straight distance of the farthest straight-line candidate times this. */
    static final double FIRST_DETOUR = 1.5;

    private final WalkingRoutes routes;
    private final int maxCandidates;
    private final List<SchoolQuota> quotas;
    private final Ways ways;

    RouteSearch(WalkingRoutes routes, int maxCandidates, List<SchoolQuota> quotas, Ways ways) {
        this.routes = routes;
        this.maxCandidates = maxCandidates;
        this.quotas = quotas;
        this.ways = ways;
    }

    private static final class Circle {
        final CandidateFinder.Search search;
        final CandidateIndex.Offer kind;
        final int limit;
        int radius;

        Circle(CandidateFinder.Search search, CandidateIndex.Offer kind, int limit, int radius) {
            this.search = search;
            this.kind = kind;
            this.limit = limit;
            this.radius = radius;
        }
    }

    void refine(List<CandidateFinder.Search> searches, CandidateIndex index, RuleSettings rules) {
        List<Circle> open = new ArrayList<>();
        for (CandidateFinder.Search search : searches) {
            // Only a pupil with straight-line candidates can have route candidates: no school within the limit
            // by line is none by route either, and the cause stays.
            if (search.eligible.withoutCandidates() != null || search.candidates.isEmpty()) {
                continue;
            }
            int limit = rules.maxDistanceMetres(search.eligible.band());
            int farthest = search.distances.get(search.candidates.get(search.candidates.size() - 1));
            int radius = search.candidates.size() < maxCandidates ? limit
                    : (int) Math.min(limit, Math.max(CandidateFinder.FIRST_RADIUS_METRES, Math.ceil(FIRST_DETOUR * farthest)));
            open.add(new Circle(search, index.offer(search.eligible), limit, radius));
        }
        while (!open.isEmpty()) {
            Map<Circle, List<SchoolQuota>> inCircle = new HashMap<>();
            List<RouteRequest> requests = new ArrayList<>();
            for (Circle circle : open) {
                GeoPoint home = circle.search.pupil.address().position();
                List<SchoolQuota> near = new ArrayList<>();
                Map<String, Boolean> asked = new HashMap<>();
                for (SchoolQuota quota : circle.kind.near(home, circle.radius)) {
                    if (home.distanceMetresTo(quota.getLocation()) <= circle.radius
                            && !circle.search.excludedSchools.contains(quota.getSchoolNumber())) {
                        near.add(quota);
                        if (asked.put(quota.getSchoolNumber(), true) == null) {
                            requests.add(new RouteRequest(home, quota.getSchoolNumber(), quota.getLocation(),
                                    circle.radius));
                        }
                    }
                }
                inCircle.put(circle, near);
            }
            WalkingRoutes.RouteTable table = routes.routes(requests);
            List<Circle> wider = new ArrayList<>();
            for (Circle circle : open) {
                if (!settle(circle, inCircle.get(circle), table)) {
                    circle.radius = Math.min(circle.limit, 2 * circle.radius);
                    wider.add(circle);
                }
            }
            open = wider;
        }
    }

    /** Takes the nearest quotas by way when the circle proves them nearest; false when it must grow. */
    private boolean settle(Circle circle, List<SchoolQuota> near, WalkingRoutes.RouteTable table) {
        CandidateFinder.Search search = circle.search;
        GeoPoint home = search.pupil.address().position();
        long[] found = new long[near.size()];
        int count = 0;
        for (SchoolQuota quota : near) {
            int way = way(search.pupil, quota, table.get(home, quota.getSchoolNumber(), quota.getLocation()), false);
            if (way <= circle.radius) {
                found[count++] = ((long) way << 32) | quota.getId();
            }
        }
        if (count < maxCandidates && circle.radius < circle.limit) {
            return false;
        }
        search.candidates.clear();
        search.distances.clear();
        if (count == 0) {
            // Schools within the limit by line, none by route.
            int nearest = near.stream().mapToInt(q -> home.distanceMetresTo(q.getLocation())).min().orElse(circle.limit);
            Eligibility eligible = search.eligible;
            search.eligible = eligible.withNoCandidate(new UnplacedCause.BeyondDistanceLimit(
                    new UnplacedCause.Offer(eligible.allowedForms(), eligible.literacyGroup()), eligible.grade(),
                    circle.limit, nearest, true));
            return true;
        }
        Arrays.sort(found, 0, count);
        for (int i = 0; i < Math.min(count, maxCandidates); i++) {
            SchoolQuota quota = quotas.get((int) found[i]);
            search.candidates.add(quota);
            search.distances.put(quota, (int) (found[i] >>> 32));
            way(search.pupil, quota, table.get(home, quota.getSchoolNumber(), quota.getLocation()), true);
        }
        return true;
    }

    /**
     * The way in metres: the route, or the straight line where home or school lie off the network; beyond
     * the circle ({@link Integer#MAX_VALUE}) when the route is longer than the search.
     *
     * @param remark whether to note an off-network home or school (only for the candidates kept)
     */
    private int way(Pupil pupil, SchoolQuota quota, Route route, boolean remark) {
        return switch (route.status()) {
            case FOUND -> route.metres();
            case LONGER -> Integer.MAX_VALUE;
            case HOME_OFF_NETWORK -> {
                if (remark) {
                    ways.homeOffNetwork(pupil.caseNumber());
                }
                yield pupil.address().position().distanceMetresTo(quota.getLocation());
            }
            case SCHOOL_OFF_NETWORK -> {
                if (remark) {
                    ways.schoolOffNetwork(quota.getSchoolNumber());
                }
                yield pupil.address().position().distanceMetresTo(quota.getLocation());
            }
        };
    }

    /**
     * The way to one school outside the candidates (a pinned or confirmed pupil's), searched without limit;
     * the straight line when there is no route at all.
     */
    static int single(WalkingRoutes routes, Pupil pupil, School school, Ways ways) {
        GeoPoint home = pupil.address().position();
        GeoPoint at = school.address().position();
        Route route = routes.routes(List.of(new RouteRequest(home, school.schoolNumber(), at, Integer.MAX_VALUE / 2)))
                .get(home, school.schoolNumber(), at);
        return switch (route.status()) {
            case FOUND -> route.metres();
            case HOME_OFF_NETWORK -> {
                ways.homeOffNetwork(pupil.caseNumber());
                yield home.distanceMetresTo(at);
            }
            case SCHOOL_OFF_NETWORK -> {
                ways.schoolOffNetwork(school.schoolNumber());
                yield home.distanceMetresTo(at);
            }
            case LONGER -> {
                ways.straightPair(pupil.caseNumber(), school.schoolNumber());
                yield home.distanceMetresTo(at);
            }
        };
    }
}
