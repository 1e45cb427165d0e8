package de.schulplatz.routing;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.geo.GeoPoint;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Walking distances on real OpenStreetMap networks (OSM XML north of Bayreuth, PBF of Andorra). */
class WalkingNetworkTest {

    static final Path BAYREUTH = Path.of("src/test/resources/osm/north-bayreuth.osm.gz");
    static final Path ANDORRA = Path.of("src/test/resources/osm/andorra.osm.pbf");

    @TempDir
    static Path folder;
    static WalkingNetwork bayreuth;

    @BeforeAll
    static void build() {
        bayreuth = WalkingNetwork.openOrBuild(BAYREUTH, folder.resolve("bayreuth"), 200, 300);
    }

    @AfterAll
    static void close() {
        bayreuth.close();
    }

    @Test
    void aWalkBetweenTwoVillagesIsAtLeastTheLineAndAtMostTwiceIt() {
        GeoPoint school = new GeoPoint(50.0125, 11.5441);
        List<GeoPoint> homes = List.of(new GeoPoint(50.0215, 11.5500), new GeoPoint(49.9900, 11.5200));

        int[] metres = bayreuth.distancesToSchool(school, homes, 10_000);

        for (int i = 0; i < homes.size(); i++) {
            int line = homes.get(i).distanceMetresTo(school);
            assertThat(metres[i]).isBetween(line, 2 * line);
        }
    }

    @Test
    void aRouteLongerThanTheSearchIsReportedAsLonger() {
        GeoPoint school = new GeoPoint(50.0125, 11.5441);
        GeoPoint home = new GeoPoint(49.9900, 11.5200);

        assertThat(bayreuth.distancesToSchool(school, List.of(home), home.distanceMetresTo(school)))
                .containsExactly(WalkingNetwork.LONGER);
    }

    @Test
    void aHomeFarFromEveryWayIsOffTheNetworkAndASchoolTooYieldsNoDistances() {
        GeoPoint school = new GeoPoint(50.0125, 11.5441);
        GeoPoint outside = new GeoPoint(50.10, 11.55);

        assertThat(bayreuth.distancesToSchool(school, List.of(outside), 10_000))
                .containsExactly(WalkingNetwork.HOME_OFF_NETWORK);
        assertThat(bayreuth.distancesToSchool(outside, List.of(school), 10_000)).isNull();
    }

    @Test
    void aPbfExtractIsReadToo() {
        try (WalkingNetwork andorra = WalkingNetwork.openOrBuild(ANDORRA, folder.resolve("andorra"), 200, 300)) {
            GeoPoint school = new GeoPoint(42.5063, 1.5218);
            GeoPoint home = new GeoPoint(42.5093, 1.5381);

            int[] metres = andorra.distancesToSchool(school, List.of(home), 10_000);

            assertThat(metres[0]).isBetween(home.distanceMetresTo(school), 3 * home.distanceMetresTo(school));
        }
    }
}
