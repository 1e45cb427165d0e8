package de.schulplatz.support;

import de.schulplatz.geo.GeoPoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Small street networks written as OSM XML, placed in NRW, for end-to-end runs with walking routes: a grid
 * of residential streets (100 m apart) on both banks of a river, which one bridge crosses. Positions are
 * given in metres east and north of an origin near Detmold.
 */
public final class OsmNetworks {

    /** The origin, on the river: west of it is the west bank. */
    public static final GeoPoint ORIGIN = new GeoPoint(51.930, 8.870);
    private static final double METRES_PER_DEGREE_LAT = 111_195.0;
    private static final double METRES_PER_DEGREE_LON = METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(ORIGIN.latitude()));

    private final Map<String, Long> nodeIds = new LinkedHashMap<>();
    private final List<double[]> nodes = new ArrayList<>();
    private final List<List<Long>> ways = new ArrayList<>();
    private final List<String> wayTags = new ArrayList<>();

    private OsmNetworks() {
    }

    /** The point {@code east} and {@code north} metres from the origin. */
    public static GeoPoint at(double east, double north) {
        return new GeoPoint(ORIGIN.latitude() + north / METRES_PER_DEGREE_LAT,
                ORIGIN.longitude() + east / METRES_PER_DEGREE_LON);
    }

    /**
     * Streets every 100 m at x = ±50, ±150, … ±1450 and y = -1000 … 3000 on both banks of a river along
     * x = 0, and one footbridge between (-50, bridgeNorth) and (50, bridgeNorth).
     */
    public static Path riverWithOneBridge(Path file, int bridgeNorth) {
        OsmNetworks network = new OsmNetworks();
        for (int side : new int[] {-1, 1}) {
            for (int y = -1000; y <= 3000; y += 100) {
                List<Long> row = new ArrayList<>();
                for (int k = 0; k < 15; k++) {
                    row.add(network.node(side * (50 + 100 * k), y));
                }
                network.way(row, "highway", "residential");
            }
            for (int k = 0; k < 15; k++) {
                List<Long> column = new ArrayList<>();
                for (int y = -1000; y <= 3000; y += 100) {
                    column.add(network.node(side * (50 + 100 * k), y));
                }
                network.way(column, "highway", "residential");
            }
        }
        network.way(List.of(network.node(-50, bridgeNorth), network.node(50, bridgeNorth)), "highway", "footway");
        network.way(List.of(network.node(0, -1200), network.node(0, 3200)), "waterway", "river");
        return network.write(file);
    }

    private long node(int east, int north) {
        return nodeIds.computeIfAbsent(east + "," + north, key -> {
            GeoPoint p = at(east, north);
            nodes.add(new double[] {p.latitude(), p.longitude()});
            return (long) nodes.size();
        });
    }

    private void way(List<Long> nodeList, String key, String value) {
        ways.add(nodeList);
        wayTags.add("<tag k=\"" + key + "\" v=\"" + value + "\"/>");
    }

    private Path write(Path file) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"schulplatz-test\">\n");
        for (int i = 0; i < nodes.size(); i++) {
            xml.append(String.format(Locale.ROOT, "<node id=\"%d\" version=\"1\" lat=\"%.7f\" lon=\"%.7f\"/>%n", i + 1,
                    nodes.get(i)[0], nodes.get(i)[1]));
        }
        for (int w = 0; w < ways.size(); w++) {
            xml.append("<way id=\"").append(w + 1).append("\" version=\"1\">");
            ways.get(w).forEach(id -> xml.append("<nd ref=\"").append(id).append("\"/>"));
            xml.append(wayTags.get(w)).append("</way>\n");
        }
        xml.append("</osm>\n");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
