package de.schulplatz.planning;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.geo.GeoPoint;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** The index's search box never cuts off a school that the exact distance keeps. */
class CandidateIndexTest {

    @Test
    void everyPointWithinTheDistanceLiesInTheBox() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            GeoPoint home = new GeoPoint(50.2 + 2.4 * random.nextDouble(), 5.8 + 3.8 * random.nextDouble());
            int limit = 500 + random.nextInt(40_000);
            Envelope box = CandidateIndex.box(home, limit);
            // A point at the limit in a random direction (and a little beyond, rounded distances included).
            double bearing = 2 * Math.PI * random.nextDouble();
            double metres = limit * (0.9 + 0.1 * random.nextDouble());
            double angle = metres / GeoPoint.EARTH_RADIUS_METRES;
            double lat1 = Math.toRadians(home.latitude());
            double lat2 = Math.asin(Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(bearing));
            double lon2 = Math.toRadians(home.longitude()) + Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(lat1),
                    Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));
            GeoPoint school = new GeoPoint(Math.toDegrees(lat2), Math.toDegrees(lon2));
            if (home.distanceMetresTo(school) <= limit) {
                assertThat(box.contains(school.longitude(), school.latitude()))
                        .as("%s → %s at %d m", home, school, home.distanceMetresTo(school)).isTrue();
            }
        }
    }
}
