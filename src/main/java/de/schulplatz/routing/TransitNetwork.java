package de.schulplatz.routing;

import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopperConfig;
import com.graphhopper.ResponsePath;
import com.graphhopper.config.Profile;
import com.graphhopper.gtfs.GraphHopperGtfs;
import com.graphhopper.gtfs.PtRouter;
import com.graphhopper.gtfs.PtRouterImpl;
import com.graphhopper.gtfs.Request;
import com.graphhopper.json.Statement;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.TranslationMap;
import de.schulplatz.geo.GeoPoint;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Public-transport journeys on a GTFS timetable with the walks to and from the stops on the OpenStreetMap
 * extract (GraphHopper's public-transit router). A journey may be a walk alone when that is quicker.
 */
final class TransitNetwork implements AutoCloseable {

    /** One journey: when it leaves and when it arrives. */
    record Journey(Instant departure, Instant arrival, int transfers) {
    }

    /** Longest walk to the first stop and from the last one. */
    static final Duration MAX_WALK = Duration.ofMinutes(30);

    private final GraphHopperGtfs hopper;
    private final PtRouter router;

    private TransitNetwork(GraphHopperGtfs hopper, GraphHopperConfig config) {
        this.hopper = hopper;
        this.router = new PtRouterImpl.Factory(config, new TranslationMap().doImport(), hopper.getBaseGraph(),
                hopper.getEncodingManager(), hopper.getLocationIndex(), hopper.getGtfsStorage())
                .createWithoutRealtimeFeed();
    }

    static TransitNetwork openOrBuild(Path osmFile, Path gtfs, Path folder) {
        GraphHopperConfig config = new GraphHopperConfig();
        config.putObject("graph.location", folder.toString());
        config.putObject("datareader.file", osmFile.toString());
        config.putObject("gtfs.file", gtfs.toString());
        config.putObject("import.osm.ignored_highways", "");
        config.putObject("graph.encoded_values", "foot_access");
        // The router walks with the profile named "foot": here every way open to pedestrians alike.
        CustomModel walking = new CustomModel();
        walking.addToPriority(Statement.If("!foot_access", Statement.Op.MULTIPLY, "0"));
        walking.addToSpeed(Statement.If("true", Statement.Op.LIMIT, "5"));
        config.setProfiles(List.of(new Profile("foot").setCustomModel(walking)));
        GraphHopperGtfs hopper = new GraphHopperGtfs(config);
        hopper.init(config);
        hopper.importOrLoad();
        return new TransitNetwork(hopper, config);
    }

    /** The journey leaving home as late as possible that arrives by {@code arriveBy}; empty when there is none. */
    Optional<Journey> arrivingBy(GeoPoint from, GeoPoint to, Instant arriveBy) {
        return journey(from, to, arriveBy, true);
    }

    /** The journey arriving first that leaves at {@code departAfter} or later; empty when there is none. */
    Optional<Journey> leavingAfter(GeoPoint from, GeoPoint to, Instant departAfter) {
        return journey(from, to, departAfter, false);
    }

    private Optional<Journey> journey(GeoPoint from, GeoPoint to, Instant time, boolean arriveBy) {
        Request request = new Request(from.latitude(), from.longitude(), to.latitude(), to.longitude());
        request.setEarliestDepartureTime(time);
        request.setArriveBy(arriveBy);
        request.setLimitStreetTime(MAX_WALK);
        request.setLimitSolutions(4);
        GHResponse response = router.route(request);
        if (response.hasErrors() || response.getAll().isEmpty()) {
            return Optional.empty();
        }
        ResponsePath best = response.getBest();
        if (best.getLegs().isEmpty()) {
            return Optional.empty();
        }
        Instant departure = best.getLegs().get(0).getDepartureTime().toInstant();
        Instant arrival = best.getLegs().get(best.getLegs().size() - 1).getArrivalTime().toInstant();
        return Optional.of(new Journey(departure, arrival, best.getNumChanges()));
    }

    @Override
    public void close() {
        hopper.close();
    }
}
