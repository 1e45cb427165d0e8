package de.schulplatz.routing;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.geo.GeoPoint;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public-transport check on a test feed (a school bus every 30 minutes, see src/test/resources/gtfs) and the
 * real street network north of Bayreuth.
 */
class TransitCheckTest {

    static final String OSM = "src/test/resources/osm/north-bayreuth.osm.gz";
    static final String FEED = "src/test/resources/gtfs/schulbus-bayreuth";
    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);
    /** 200 m from the stop "Dorf Nord", 2.2 km to walk to the school. */
    static final GeoPoint HOME = new GeoPoint(50.0230, 11.5510);
    /** 100 m from the stop "Schule Süd". */
    static final GeoPoint SCHOOL = new GeoPoint(50.0120, 11.5430);

    @TempDir
    Path graphs;
    TransitCheck check;

    @AfterEach
    void close() {
        check.destroy();
    }

    private TransitCheck check(LocalTime schoolStart, Duration maxRoundTrip) {
        check = new TransitCheck(new RoutingSettings(OSM, graphs.toString(), 300, 200),
                new TransitSettings(FEED, schoolStart, LocalTime.of(13, 0), LocalTime.of(6, 0), maxRoundTrip, null));
        return check;
    }

    @Test
    void aSchoolOneBusRideAwayIsReachable() {
        TransitCheck.Verdict verdict = check(LocalTime.of(8, 0), Duration.ofHours(3)).check(HOME, SCHOOL, TUESDAY);

        assertThat(verdict.reachable()).isTrue();
        assertThat(verdict.text()).startsWith("zumutbar: Abfahrt 7:");
    }

    @Test
    void lessonsBeforeTheFirstBusMeanLeavingBeforeSix() {
        TransitCheck.Verdict verdict = check(LocalTime.of(6, 10), Duration.ofHours(3)).check(HOME, SCHOOL, TUESDAY);

        assertThat(verdict.reachable()).isFalse();
        assertThat(verdict.text()).startsWith("nicht zumutbar: Abfahrt vor 6:00 nötig");
    }

    @Test
    void aRoundTripLongerThanAllowedIsNotReachable() {
        TransitCheck.Verdict verdict = check(LocalTime.of(8, 0), Duration.ofMinutes(20)).check(HOME, SCHOOL, TUESDAY);

        assertThat(verdict.reachable()).isFalse();
        assertThat(verdict.text()).contains("zusammen mehr als 20 min");
    }

    @Test
    void theCheckedDayIsTheFirstTuesdayAfterThePlanningDate() {
        assertThat(check(LocalTime.of(8, 0), Duration.ofHours(3)).dayFor(LocalDate.of(2026, 12, 3)))
                .isEqualTo(TUESDAY);
    }
}
