package de.schulplatz.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utm32ConverterTest {

    // real schools from shared/data/kreise-schulen.csv: UTM_E;UTM_N;lat;lon
    @ParameterizedTest(name = "school {0}")
    @CsvSource({
            "100035, 491583, 5755482, 51.94998, 8.87753", // Detmold
            "100108, 496767, 5772614, 52.10407, 8.9528", // Kalletal
            "100026, 501047, 5731508, 51.73449, 9.01516", // Bad Driburg, east of the central meridian
            "100138, 431776, 5635987, 50.87153, 8.03039", // Siegen
            "100025, 419653, 5743933, 51.84042, 7.83375" // Sendenhorst
    })
    void officialSchoolCoordinatesConvertToWgs84(String school, double easting, double northing, double latitude,
            double longitude) {
        GeoPoint point = Utm32Converter.toWgs84(easting, northing);
        assertThat(point.latitude()).isCloseTo(latitude, within(1e-4));
        assertThat(point.longitude()).isCloseTo(longitude, within(1e-4));
    }

    @Test
    void roundTripFromWgs84KeepsThePositionWithinHalfAMetre() {
        GeoPoint lemgo = new GeoPoint(52.0321, 8.9071);
        double[] utm = Utm32Converter.fromWgs84(lemgo);
        GeoPoint back = Utm32Converter.toWgs84(utm[0], utm[1]);
        double[] again = Utm32Converter.fromWgs84(back);
        assertThat(Math.hypot(again[0] - utm[0], again[1] - utm[1])).isLessThan(0.5);
        // 0.5 m is about 4.5e-6 degrees of latitude
        assertThat(back.latitude()).isCloseTo(lemgo.latitude(), within(4.5e-6));
        assertThat(back.longitude()).isCloseTo(lemgo.longitude(), within(7e-6));
    }

    @Test
    void roundTripFromUtmKeepsTheOfficialCoordinates() {
        double[] utm = Utm32Converter.fromWgs84(Utm32Converter.toWgs84(491583, 5755482));
        assertThat(utm[0]).isCloseTo(491583, within(0.5));
        assertThat(utm[1]).isCloseTo(5755482, within(0.5));
    }

    @Test
    void centralMeridianOfZone32IsNineDegreesEast() {
        GeoPoint point = Utm32Converter.toWgs84(500_000, 5_760_000);
        assertThat(point.longitude()).isCloseTo(9.0, within(1e-9));
    }
}
