package de.schulplatz.routing;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.geo.GeoPoint;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalkingNetworkTest {

    static final Path BAYREUTH = Path.of("src/test/resources/osm/north-bayreuth.osm.gz");

    @TempDir
    static Path folder;
    static WalkingNetwork network;

    @BeforeAll
    static void build() {
        network = WalkingNetwork.openOrBuild(BAYREUTH, folder.resolve("graph"), 200, 300);
    }

    @AfterAll
    static void close() {
        network.close();
    }

    @Test
    void aWalkBetweenTwoVillagesIsLongerThanTheLineAndShorterThanTwiceIt() {
        GeoPoint school = new GeoPoint(50.0125, 11.5441);
        List<GeoPoint> homes = List.of(new GeoPoint(50.0215, 11.5500), new GeoPoint(49.9900, 11.5200));
        int[] metres = network.distancesToSchool(school, homes, 10_000);
        System.out.println(network.size() + " " + java.util.Arrays.toString(metres) + " line "
                + homes.get(0).distanceMetresTo(school) + " " + homes.get(1).distanceMetresTo(school));
        for (int i = 0; i < homes.size(); i++) {
            int line = homes.get(i).distanceMetresTo(school);
            assertThat(metres[i]).isBetween(line, 2 * line);
        }
    }
}
