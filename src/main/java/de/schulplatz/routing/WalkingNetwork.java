package de.schulplatz.routing;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.isochrone.algorithm.ShortestPathTree;
import com.graphhopper.json.Statement;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.PMap;
import de.schulplatz.geo.GeoPoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The foot network of one OpenStreetMap extract, loaded from its GraphHopper graph folder, and the walking
 * distances on it. The weighting is the length of the way on every way a pedestrian may use (no motorway, no
 * private or forbidden way): the Schulweg is the shortest walking route, not the most pleasant one. Safe for
 * schools measured in parallel (each measurement has its own query graph and tree).
 */
final class WalkingNetwork implements AutoCloseable {

    /** The way is longer than the distance asked for. */
    static final int LONGER = -1;
    /** The home lies too far from any way of the network (or on a piece not connected to the rest). */
    static final int HOME_OFF_NETWORK = -2;

    static final String PROFILE = "foot_shortest";

    /**
     * Bumped whenever the graph's settings here change, so that a graph built by an older version is rebuilt
     * and routes stored for it are not reused.
     */
    static final int PROFILE_VERSION = 1;

    private final GraphHopper hopper;
    private final Weighting weighting;
    private final EdgeFilter snapFilter;
    private final int maxSnapMetres;

    private WalkingNetwork(GraphHopper hopper, int maxSnapMetres) {
        this.hopper = hopper;
        this.weighting = hopper.createWeighting(hopper.getProfile(PROFILE), new PMap());
        this.snapFilter = new DefaultSnapFilter(weighting,
                hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(PROFILE)));
        this.maxSnapMetres = maxSnapMetres;
    }

    /**
     * Loads the graph in {@code graphFolder}, or builds it there from {@code osmFile} when the folder holds
     * none (the caller gives each extract and setting its own folder).
     */
    static WalkingNetwork openOrBuild(Path osmFile, Path graphFolder, int minNetworkSize, int maxSnapMetres) {
        GraphHopper hopper = new GraphHopper();
        hopper.setOSMFile(osmFile.toString());
        hopper.setGraphHopperLocation(graphFolder.toString());
        hopper.setEncodedValuesString("foot_access");
        hopper.setMinNetworkSize(minNetworkSize);
        hopper.setProfiles(new Profile(PROFILE).setCustomModel(shortestOnFootWays()));
        hopper.importOrLoad();
        return new WalkingNetwork(hopper, maxSnapMetres);
    }

    /**
     * Every way open to pedestrians at the same speed, and length counts alone: the weight of a path is
     * proportional to its length, so the tree below grows by distance.
     */
    private static CustomModel shortestOnFootWays() {
        CustomModel model = new CustomModel();
        model.addToPriority(Statement.If("!foot_access", Statement.Op.MULTIPLY, "0"));
        model.addToSpeed(Statement.If("true", Statement.Op.LIMIT, "5"));
        model.setDistanceInfluence(0.0);
        return model;
    }

    /**
     * Walking distance from each home to the school, in metres: along the network between the points where
     * home and school join it, plus the straight pieces from home and school to those points; never below
     * the straight line.
     *
     * @param withinMetres how far to search; longer ways are {@link #LONGER}
     * @return per home its distance, {@link #LONGER} or {@link #HOME_OFF_NETWORK}; null when the school
     *         itself lies off the network
     */
    int[] distancesToSchool(GeoPoint school, List<GeoPoint> homes, int withinMetres) {
        Snap schoolSnap = snap(school);
        if (schoolSnap == null) {
            return null;
        }
        int[] result = new int[homes.size()];
        List<Snap> snaps = new ArrayList<>(homes.size() + 1);
        snaps.add(schoolSnap);
        Map<Integer, Snap> homeSnaps = new HashMap<>();
        for (int i = 0; i < homes.size(); i++) {
            Snap snap = snap(homes.get(i));
            if (snap == null) {
                result[i] = HOME_OFF_NETWORK;
            } else {
                homeSnaps.put(i, snap);
                snaps.add(snap);
            }
        }
        if (homeSnaps.isEmpty()) {
            return result;
        }
        // Creating the query graph moves each snap's closest node onto a virtual node where it joins an edge.
        QueryGraph graph = QueryGraph.create(hopper.getBaseGraph(), snaps);
        double schoolOffset = schoolSnap.getQueryDistance();
        // Home to school: the tree grows backwards from the school along the ways' allowed direction.
        ShortestPathTree tree = new ShortestPathTree(graph, graph.wrapWeighting(weighting), true,
                TraversalMode.NODE_BASED);
        tree.setDistanceLimit(Math.max(0, withinMetres - schoolOffset));
        Map<Integer, Double> reached = new HashMap<>();
        tree.search(schoolSnap.getClosestNode(), label -> reached.put(label.node, label.distance));
        for (Map.Entry<Integer, Snap> entry : homeSnaps.entrySet()) {
            int i = entry.getKey();
            Double onNetwork = reached.get(entry.getValue().getClosestNode());
            if (onNetwork == null) {
                result[i] = LONGER;
                continue;
            }
            int way = (int) Math.round(onNetwork + schoolOffset + entry.getValue().getQueryDistance());
            // The network's geometry is measured a little differently from the straight line; the law's way
            // is never shorter than the line.
            way = Math.max(way, homes.get(i).distanceMetresTo(school));
            result[i] = way <= withinMetres ? way : LONGER;
        }
        return result;
    }

    private Snap snap(GeoPoint point) {
        Snap snap = hopper.getLocationIndex().findClosest(point.latitude(), point.longitude(), snapFilter);
        return snap.isValid() && snap.getQueryDistance() <= maxSnapMetres ? snap : null;
    }

    /** Nodes and edges of the foot network, for the measurements. */
    String size() {
        return hopper.getBaseGraph().getNodes() + " Knoten, " + hopper.getBaseGraph().getEdges() + " Kanten";
    }

    int nodes() {
        return hopper.getBaseGraph().getNodes();
    }

    int edges() {
        return hopper.getBaseGraph().getEdges();
    }

    /** The network's bounding box: min latitude, max latitude, min longitude, max longitude. */
    double[] bounds() {
        var box = hopper.getBaseGraph().getBounds();
        return new double[] {box.minLat, box.maxLat, box.minLon, box.maxLon};
    }

    /**
     * One route query of GraphHopper's own from home to school (bidirectional search, for the measurements'
     * comparison with the trees); -1 when there is none.
     */
    int pairDistance(GeoPoint home, GeoPoint school) {
        var response = hopper.route(new com.graphhopper.GHRequest(home.latitude(), home.longitude(), school.latitude(),
                school.longitude()).setProfile(PROFILE));
        return response.hasErrors() ? -1 : (int) Math.round(response.getBest().getDistance());
    }

    @Override
    public void close() {
        hopper.close();
    }
}
