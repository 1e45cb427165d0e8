package de.schulplatz.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code schulplatz.routing}.
 *
 * @param osmFile        the OpenStreetMap extract ({@code .osm.pbf}, {@code .osm}, {@code .osm.gz}); blank: every
 *                       way is measured as the straight line ("Luftlinie")
 * @param graphDirectory where the foot network built from the extract is kept, one folder per extract version
 * @param maxSnapMetres  a home or school farther than this from every way of the network is measured as the
 *                       straight line (with a remark in the Fehlerbericht)
 * @param minNetworkSize pieces of the network with fewer edges are left out (an isolated footway in a park
 *                       must not catch a home)
 */
@ConfigurationProperties("schulplatz.routing")
public record RoutingSettings(String osmFile, String graphDirectory, int maxSnapMetres, int minNetworkSize) {

    public RoutingSettings {
        if (graphDirectory == null || graphDirectory.isBlank()) {
            graphDirectory = "data/routing";
        }
        if (maxSnapMetres <= 0) {
            throw new IllegalArgumentException("Einstellung schulplatz.routing.max-snap-metres muss größer als 0 sein");
        }
        if (minNetworkSize < 0) {
            throw new IllegalArgumentException("Einstellung schulplatz.routing.min-network-size darf nicht negativ sein");
        }
    }

    public boolean configured() {
        return osmFile != null && !osmFile.isBlank();
    }
}
