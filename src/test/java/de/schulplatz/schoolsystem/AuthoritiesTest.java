package de.schulplatz.schoolsystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthoritiesTest {

    private static final Authorities AUTHORITIES = Authorities.fromClasspath();

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "GS|05766020|Schulamt für den Kreis Lippe",
            "HS|05766020|Schulamt für den Kreis Lippe",
            "FS|05766044|Schulamt für den Kreis Lippe",
            "GY|05766020|Bezirksregierung Detmold",
            "BK|05766020|Bezirksregierung Detmold",
            "GE|05762004|Bezirksregierung Detmold",
            "RS|05570004|Bezirksregierung Münster",
            "GS|05570004|Schulamt für den Kreis Warendorf",
            "SK|05970040|Bezirksregierung Arnsberg",
            "GY|05111000|Bezirksregierung Düsseldorf",
            "GY|05315000|Bezirksregierung Köln",
            "GS|05334002|Schulamt für die Städteregion Aachen"
    })
    void authorityFollowsSchoolFormAndMunicipality(SchoolForm form, String municipalityKey, String authority) {
        assertThat(AUTHORITIES.authorityFor(form, municipalityKey)).contains(authority);
    }

    @Test
    void keyOutsideNrwHasNoAuthority() {
        assertThat(AUTHORITIES.authorityFor(SchoolForm.GS, "03241001")).isEmpty();
        assertThat(AUTHORITIES.authorityFor(SchoolForm.GY, "03241001")).isEmpty();
    }

    @Test
    void missingOrShortKeyHasNoAuthority() {
        assertThat(AUTHORITIES.authorityFor(SchoolForm.GS, null)).isEmpty();
        assertThat(AUTHORITIES.authorityFor(SchoolForm.GY, "057")).isEmpty();
    }

    @Test
    void kreisNameFromTheFirstFiveDigits() {
        assertThat(AUTHORITIES.kreisName("05766020")).contains("Kreis Lippe");
        assertThat(AUTHORITIES.kreisName("05570004")).contains("Kreis Warendorf");
        assertThat(AUTHORITIES.kreisName(null)).isEmpty();
    }

    @Test
    void everyMunicipalityOfTheReferenceDataHasASchulamt() throws Exception {
        List<String> keys;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                getClass().getClassLoader().getResourceAsStream("reference/gemeinden.csv"), StandardCharsets.UTF_8))) {
            keys = reader.lines().filter(line -> line.startsWith("05")).map(line -> line.split(";")[0]).toList();
        }
        assertThat(keys).hasSizeGreaterThan(390);
        assertThat(keys).allSatisfy(key -> {
            assertThat(AUTHORITIES.authorityFor(SchoolForm.GS, key)).as(key).isPresent();
            assertThat(AUTHORITIES.authorityFor(SchoolForm.GY, key)).as(key).isPresent();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Schulamt für den Kreis Lippe|Schulamt für den Kreis Lippe",
            "Schulamt fuer den Kreis Lippe|Schulamt für den Kreis Lippe",
            "  SCHULAMT FÜR DEN KREIS LIPPE!|Schulamt für den Kreis Lippe",
            "Schulamt für den  Kreis-Lippe|Schulamt für den Kreis Lippe",
            "Bezirksregierung Koeln|Bezirksregierung Köln",
            "bezirksregierung münster.|Bezirksregierung Münster",
            "Schulamt für die Städteregion Aachen|Schulamt für die Städteregion Aachen"
    })
    void aNameGivenInAnotherSpellingResolvesToTheOfficialOne(String given, String official) {
        assertThat(AUTHORITIES.resolve(given)).contains(official);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Schulamt Lippe", "Bezirksregierung", "Lippe",
            "Schulaufsicht unbekannt", "Schulamt für den Kreis Lippe und Höxter", ""})
    void aNameOfNoOfficialAuthorityResolvesToNothing(String given) {
        assertThat(AUTHORITIES.resolve(given)).isEmpty();
    }

    @Test
    void theOfficialNamesAreEverySchulamtAndBezirksregierung() {
        assertThat(AUTHORITIES.officialNames())
                .contains("Schulamt für den Kreis Lippe", "Bezirksregierung Detmold", "Bezirksregierung Köln",
                        "Schulamt für die Stadt Düsseldorf")
                .hasSize(53 + 5)
                .allSatisfy(name -> assertThat(AUTHORITIES.resolve(name)).contains(name));
    }
}
