package de.schulplatz.schoolsystem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolFormTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "02|GS",
            "2|GS",
            "GS|GS",
            "g|GS",
            "Grundschule|GS",
            "GRUNDSCHULE|GS",
            "' gy '|GY",
            "20|GY",
            "Gymnasium|GY",
            "8|FS",
            "S|FS",
            "förderschule|FS",
            "10|RS",
            "h|HS",
            "13|PS",
            "PRIMUS-Schule|PS",
            "sk|SK",
            "Gesamtschule|GE",
            "30|BK",
            "Berufskolleg|BK"
    })
    void parseAcceptsCodesAbbreviationsAndNames(String text, SchoolForm expected) {
        assertThat(SchoolForm.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "XY", "1", "99", "Grund schule", "Hochschule"})
    void parseOfUnknownTextIsEmpty(String text) {
        assertThat(SchoolForm.parse(text)).isEmpty();
    }

    @Test
    void grundschuleTeachesGradesOneToFour() {
        assertThat(SchoolForm.GS.teaches(1)).isTrue();
        assertThat(SchoolForm.GS.teaches(4)).isTrue();
        assertThat(SchoolForm.GS.teaches(0)).isFalse();
        assertThat(SchoolForm.GS.teaches(5)).isFalse();
    }

    @Test
    void secondaryFormsTeachFromGradeFive() {
        assertThat(SchoolForm.RS.teaches(5)).isTrue();
        assertThat(SchoolForm.RS.teaches(10)).isTrue();
        assertThat(SchoolForm.RS.teaches(11)).isFalse();
        assertThat(SchoolForm.GY.teaches(13)).isTrue();
        assertThat(SchoolForm.GY.teaches(4)).isFalse();
    }

    @Test
    void berufskollegTeachesOnlyUpperGrades() {
        assertThat(SchoolForm.BK.teaches(10)).isFalse();
        assertThat(SchoolForm.BK.teaches(11)).isTrue();
        assertThat(SchoolForm.BK.teaches(13)).isTrue();
    }

    @Test
    void lowerAuthorityOnlyForGrundHauptAndFoerderschule() {
        assertThat(SchoolForm.values())
                .filteredOn(form -> form.authorityLevel() == AuthorityLevel.SCHULAMT)
                .containsExactlyInAnyOrder(SchoolForm.GS, SchoolForm.HS, SchoolForm.FS);
    }

    @Test
    void codeIsTheOfficialTwoDigitCode() {
        assertThat(SchoolForm.GS.code()).isEqualTo("02");
        assertThat(SchoolForm.GY.code()).isEqualTo("20");
    }

    @Test
    void aBerufskollegPlaceIsTheIfkAndOnlyTheBerufskollegOffersIt() {
        org.assertj.core.api.Assertions.assertThat(SchoolForm.BK.groupKindFor(GroupKind.ALPHABETISIERUNG))
                .isEqualTo(GroupKind.IFK);
        org.assertj.core.api.Assertions.assertThat(SchoolForm.GS.groupKindFor(GroupKind.ALPHABETISIERUNG))
                .isEqualTo(GroupKind.ALPHABETISIERUNG);
        org.assertj.core.api.Assertions.assertThat(SchoolForm.BK.offers(GroupKind.IFK)).isTrue();
        org.assertj.core.api.Assertions.assertThat(SchoolForm.BK.offers(GroupKind.DEUTSCHFOERDERUNG)).isFalse();
        org.assertj.core.api.Assertions.assertThat(SchoolForm.GY.offers(GroupKind.IFK)).isFalse();
    }
}
