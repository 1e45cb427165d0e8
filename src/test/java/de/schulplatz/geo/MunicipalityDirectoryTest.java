package de.schulplatz.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MunicipalityDirectoryTest {

    private static final MunicipalityDirectory DIRECTORY = MunicipalityDirectory.fromClasspath();

    @Test
    void findsDetmoldByKey() {
        assertThat(DIRECTORY.byKey("05766020")).get().extracting(Municipality::name).isEqualTo("Detmold");
    }

    @Test
    void unknownOrMissingKeyIsEmpty() {
        assertThat(DIRECTORY.byKey("03241001")).isEmpty();
        assertThat(DIRECTORY.byKey(null)).isEmpty();
    }

    @Test
    void findsDetmoldByPostalCodeEvenWithBlanks() {
        assertThat(DIRECTORY.byPostalCode("32756")).get().extracting(Municipality::key).isEqualTo("05766020");
        assertThat(DIRECTORY.byPostalCode(" 32756 ")).get().extracting(Municipality::name).isEqualTo("Detmold");
        assertThat(DIRECTORY.byPostalCode("10115")).isEmpty();
        assertThat(DIRECTORY.byPostalCode(null)).isEmpty();
    }

    @Test
    void findsByNameIgnoringCaseAndBlanks() {
        assertThat(DIRECTORY.byName("lemgo")).get().extracting(Municipality::key).isEqualTo("05766044");
        assertThat(DIRECTORY.byName(" LEMGO ")).get().extracting(Municipality::key).isEqualTo("05766044");
        assertThat(DIRECTORY.byName("dörentrup")).get().extracting(Municipality::key).isEqualTo("05766024");
        assertThat(DIRECTORY.byName("Atlantis")).isEmpty();
    }

    @Test
    void pointInLemgoIsNearestToLemgo() {
        GeoPoint lemgoMarketPlace = new GeoPoint(52.0280, 8.9010);
        assertThat(DIRECTORY.nearestTo(lemgoMarketPlace).key()).isEqualTo("05766044");
    }

    @Test
    void schoolPositionIsNearestToItsMunicipality() {
        // school 100035 in Detmold
        assertThat(DIRECTORY.nearestTo(new GeoPoint(51.94998, 8.87753)).key()).isEqualTo("05766020");
    }

    @Test
    void kreisKeyIsTheFirstFiveDigits() {
        assertThat(DIRECTORY.byKey("05766020").orElseThrow().kreisKey()).isEqualTo("05766");
    }

    @Test
    void postalCodeOfAnUnknownMunicipalityIsIgnored() {
        MunicipalityDirectory directory = new MunicipalityDirectory(
                List.of(new Municipality("05766020", "Detmold", new GeoPoint(51.94, 8.88))),
                Map.of("32756", "05766020", "99999", "09999999"));
        assertThat(directory.byPostalCode("32756")).isPresent();
        assertThat(directory.byPostalCode("99999")).isEmpty();
    }
}
