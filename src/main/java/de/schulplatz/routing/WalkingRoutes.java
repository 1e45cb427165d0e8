package de.schulplatz.routing;

import de.schulplatz.geo.GeoPoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * The Schulweg as SchfkVO § 7 measures it: the shortest walking route on the OpenStreetMap extract named by
 * {@code schulplatz.routing.osm-file}, for the home–school pairs asked only. Routes already stored for the
 * graph version come from PostgreSQL; the others are computed with one bounded shortest-path tree per
 * school and stored. Without an extract nothing here is used and every way is the straight line.
 */
@Service
public class WalkingRoutes implements DisposableBean {

    /** Shown wherever route figures are (ODbL attribution). */
    public static final String ATTRIBUTION = "Fußwege: © OpenStreetMap-Mitwirkende (ODbL)";

    private static final Logger log = LoggerFactory.getLogger(WalkingRoutes.class);

    /** How the routes of one request were found, for the log and the measurements. */
    public record Figures(int pairs, int fromStore, int computed, int schoolTrees, int offNetwork, long millis) {
    }

    /** The answers to a batch of requests. */
    public static final class RouteTable {
        private final Map<RouteStore.Pair, Route> routes;
        private final Figures figures;

        RouteTable(Map<RouteStore.Pair, Route> routes, Figures figures) {
            this.routes = routes;
            this.figures = figures;
        }

        /** The route of an asked pair. */
        public Route get(GeoPoint home, String schoolNumber, GeoPoint school) {
            Route route = routes.get(RouteStore.Pair.of(home, schoolNumber, school));
            if (route == null) {
                throw new IllegalArgumentException("pair not asked for school " + schoolNumber);
            }
            return route;
        }

        public Figures figures() {
            return figures;
        }
    }

    private record Extract(Path file, long size, FileTime modified, String version) {
    }

    private final RoutingSettings settings;
    private final RouteStore store;
    private Extract extract;
    private WalkingNetwork network;
    private String networkVersion;

    WalkingRoutes(RoutingSettings settings, RouteStore store) {
        this.settings = settings;
        this.store = store;
    }

    /** True when an extract is configured: ways are then measured as walking routes. */
    public boolean active() {
        return settings.configured();
    }

    /**
     * The graph version of the configured extract (its content hash with the network's settings); computed
     * again when the file changes.
     */
    public synchronized String graphVersion() {
        if (!active()) {
            throw new IllegalStateException("no extract configured");
        }
        Path file = Path.of(settings.osmFile());
        if (!Files.isRegularFile(file)) {
            throw new RoutingException("Die OSM-Datei (schulplatz.routing.osm-file) gibt es nicht oder sie ist keine Datei", null);
        }
        try {
            long size = Files.size(file);
            FileTime modified = Files.getLastModifiedTime(file);
            if (extract == null || !extract.file().equals(file) || extract.size() != size
                    || !extract.modified().equals(modified)) {
                extract = new Extract(file, size, modified, GraphFolder.version(file, settings.minNetworkSize()));
            }
            return extract.version();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The walking routes of these pairs, each searched at least up to its distance. Off-network homes and
     * schools come back as such: the caller measures them as the straight line and says so.
     */
    public RouteTable routes(Collection<RouteRequest> requests) {
        long started = System.nanoTime();
        String version = graphVersion();
        // The widest search per pair, and the pairs per school.
        Map<RouteStore.Pair, RouteRequest> widest = new LinkedHashMap<>();
        for (RouteRequest request : requests) {
            widest.merge(RouteStore.Pair.of(request.home(), request.schoolNumber(), request.school()), request,
                    (a, b) -> a.withinMetres() >= b.withinMetres() ? a : b);
        }
        Map<RouteStore.Pair, Route> stored = store.find(version, widest.values().stream().map(RouteRequest::home).toList());
        Map<RouteStore.Pair, Route> result = new HashMap<>();
        Map<RouteStore.Pair, RouteRequest> missing = new LinkedHashMap<>();
        widest.forEach((pair, request) -> {
            Route route = stored.get(pair);
            if (route != null && route.answers(request.withinMetres())) {
                result.put(pair, route);
            } else {
                missing.put(pair, request);
            }
        });
        int fromStore = result.size();
        Map<RouteStore.Pair, Route> computed = compute(version, missing);
        result.putAll(computed);
        if (!computed.isEmpty()) {
            store.save(version, computed);
        }
        int offNetwork = (int) result.values().stream().filter(Route::offNetwork).count();
        int trees = (int) missing.values().stream().map(r -> List.of(r.schoolNumber(), r.school())).distinct().count();
        Figures figures = new Figures(widest.size(), fromStore, computed.size(), trees, offNetwork,
                (System.nanoTime() - started) / 1_000_000);
        log.info("Walking routes: {} pairs, {} from the store, {} computed in {} school trees, {} off the network, {} ms",
                figures.pairs(), figures.fromStore(), figures.computed(), figures.schoolTrees(), figures.offNetwork(),
                figures.millis());
        return new RouteTable(result, figures);
    }

    private Map<RouteStore.Pair, Route> compute(String version, Map<RouteStore.Pair, RouteRequest> missing) {
        if (missing.isEmpty()) {
            return Map.of();
        }
        WalkingNetwork walking = network(version);
        Map<List<Object>, List<Map.Entry<RouteStore.Pair, RouteRequest>>> bySchool = new LinkedHashMap<>();
        missing.entrySet().forEach(entry -> bySchool.computeIfAbsent(
                List.of(entry.getValue().schoolNumber(), entry.getValue().school()), k -> new ArrayList<>()).add(entry));
        Map<RouteStore.Pair, Route> result = new ConcurrentHashMap<>();
        bySchool.values().parallelStream().forEach(pairs -> {
            GeoPoint school = pairs.get(0).getValue().school();
            List<GeoPoint> homes = pairs.stream().map(e -> e.getValue().home()).toList();
            int within = pairs.stream().mapToInt(e -> e.getValue().withinMetres()).max().orElseThrow();
            int[] metres = walking.distancesToSchool(school, homes, within);
            for (int i = 0; i < pairs.size(); i++) {
                RouteStore.Pair pair = pairs.get(i).getKey();
                if (metres == null) {
                    result.put(pair, Route.SCHOOL_OFF);
                } else if (metres[i] == WalkingNetwork.HOME_OFF_NETWORK) {
                    result.put(pair, Route.HOME_OFF);
                } else if (metres[i] == WalkingNetwork.LONGER) {
                    result.put(pair, new Route(Route.Status.LONGER, within));
                } else {
                    result.put(pair, new Route(Route.Status.FOUND, metres[i]));
                }
            }
        });
        return result;
    }

    /** The network of this version, built or loaded on first use; routes of older versions are dropped. */
    private synchronized WalkingNetwork network(String version) {
        if (network != null && version.equals(networkVersion)) {
            return network;
        }
        if (network != null) {
            network.close();
            network = null;
        }
        long started = System.nanoTime();
        Path osmFile = Path.of(settings.osmFile());
        network = GraphFolder.open(Path.of(settings.graphDirectory()), version, folder -> WalkingNetwork.openOrBuild(
                osmFile, folder, settings.minNetworkSize(), settings.maxSnapMetres()));
        networkVersion = version;
        int dropped = store.deleteOtherVersions(version);
        log.info("Foot network {} ready in {} ms ({}); {} routes of other versions removed", version,
                (System.nanoTime() - started) / 1_000_000, network.size(), dropped);
        return network;
    }

    /**
     * The foot network of the configured extract, for the measurements.
     *
     * @param millis    to build (first use of an extract) or load it
     * @param bytes     of its graph folder
     * @param bounds    min latitude, max latitude, min longitude, max longitude
     */
    public record NetworkFigures(String version, int nodes, int edges, long bytes, long millis, double[] bounds) {
    }

    /** Builds or loads the network now (else the first routes to compute do) and describes it. */
    public NetworkFigures prepare() {
        long started = System.nanoTime();
        String version = graphVersion();
        WalkingNetwork walking = network(version);
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new NetworkFigures(version, walking.nodes(), walking.edges(),
                GraphFolder.size(Path.of(settings.graphDirectory()).resolve(version)), millis, walking.bounds());
    }

    /** GraphHopper's own route query for one pair, for the measurements; -1 without a route. */
    public int singleQuery(GeoPoint home, GeoPoint school) {
        return network(graphVersion()).pairDistance(home, school);
    }

    /** Deletes stored routes from homes no pupil has any more (a home position is personal data). */
    public int keepHomes(Collection<GeoPoint> homes) {
        return store.keepHomes(homes);
    }

    /** Routes in the store, for the measurements and tests. */
    public long storedRoutes() {
        return store.count();
    }

    @Override
    public synchronized void destroy() {
        if (network != null) {
            network.close();
            network = null;
        }
    }
}
