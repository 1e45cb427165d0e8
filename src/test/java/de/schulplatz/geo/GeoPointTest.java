package de.schulplatz.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    private static final GeoPoint DETMOLD = new GeoPoint(51.9412, 8.8765);
    private static final GeoPoint LEMGO = new GeoPoint(52.0321, 8.9071);
    private static final GeoPoint BERLIN = new GeoPoint(52.5200, 13.4050);

    @Test
    void detmoldToLemgoIsAboutTenPointThreeKilometres() {
        int distance = DETMOLD.distanceMetresTo(LEMGO);
        assertThat(distance).isCloseTo(10_300, within(100));
        // the spherical law of cosines must agree with the haversine result to the metre
        assertThat((double) distance).isCloseTo(lawOfCosinesMetres(DETMOLD, LEMGO), within(1.0));
    }

    @Test
    void oneDegreeOfLatitudeIsAboutHundredElevenKilometres() {
        int distance = new GeoPoint(51.0, 7.0).distanceMetresTo(new GeoPoint(52.0, 7.0));
        assertThat(distance).isCloseTo(111_195, within(5));
    }

    @Test
    void distanceToItselfIsZero() {
        assertThat(DETMOLD.distanceMetresTo(DETMOLD)).isZero();
    }

    @Test
    void distanceIsSymmetric() {
        assertThat(DETMOLD.distanceMetresTo(BERLIN)).isEqualTo(BERLIN.distanceMetresTo(DETMOLD));
    }

    @Test
    void pointsInNrwAreInside() {
        assertThat(DETMOLD.isInNrw()).isTrue();
        assertThat(new GeoPoint(50.7753, 6.0839).isInNrw()).as("Aachen").isTrue();
        assertThat(new GeoPoint(50.8715, 8.0304).isInNrw()).as("Siegen").isTrue();
    }

    @Test
    void pointsOutsideNrwAreNotInside() {
        assertThat(BERLIN.isInNrw()).isFalse();
        assertThat(new GeoPoint(0, 0).isInNrw()).isFalse();
    }

    @Test
    void swappedCoordinatesAreRecognised() {
        GeoPoint swapped = new GeoPoint(DETMOLD.longitude(), DETMOLD.latitude());
        assertThat(swapped.isInNrw()).isFalse();
        assertThat(swapped.looksSwapped()).isTrue();
    }

    @Test
    void correctOrFarAwayPointsDoNotLookSwapped() {
        assertThat(DETMOLD.looksSwapped()).isFalse();
        assertThat(BERLIN.looksSwapped()).isFalse();
        assertThat(new GeoPoint(13.4, 52.5).looksSwapped()).as("swapped Berlin").isFalse();
    }

    @Test
    void rejectsPositionsOutsideTheGlobe() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(91, 8));
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(51, 181));
    }

    @Test
    void rejectsNaN() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(Double.NaN, 8.8765));
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(51.9412, Double.NaN));
    }

    private static double lawOfCosinesMetres(GeoPoint a, GeoPoint b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        return 6_371_008.8 * Math.acos(Math.sin(lat1) * Math.sin(lat2) + Math.cos(lat1) * Math.cos(lat2) * Math.cos(dLon));
    }
}
