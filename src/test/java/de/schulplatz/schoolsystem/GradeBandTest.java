package de.schulplatz.schoolsystem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeBandTest {

    @ParameterizedTest(name = "grade {0} -> {1}")
    @CsvSource({
            "1, PRIMARSTUFE",
            "4, PRIMARSTUFE",
            "5, SEKUNDARSTUFE_I",
            "10, SEKUNDARSTUFE_I",
            "11, BERUFSKOLLEG",
            "13, BERUFSKOLLEG"
    })
    void bandChangesAfterGradesFourAndTen(int grade, GradeBand band) {
        assertThat(GradeBand.of(grade)).isEqualTo(band);
    }

    @Test
    void childTooYoungForGradeOneStillCountsAsPrimary() {
        assertThat(GradeBand.of(0)).isEqualTo(GradeBand.PRIMARSTUFE);
    }

    @Test
    void defaultFormsLeaveOutFoerderschule() {
        for (GradeBand band : GradeBand.values()) {
            assertThat(band.defaultForms()).doesNotContain(SchoolForm.FS);
        }
    }

    @Test
    void defaultFormsTeachTheBand() {
        assertThat(GradeBand.PRIMARSTUFE.defaultForms()).allMatch(form -> form.teaches(1) && form.teaches(4));
        assertThat(GradeBand.SEKUNDARSTUFE_I.defaultForms()).allMatch(form -> form.teaches(5) && form.teaches(10));
        assertThat(GradeBand.BERUFSKOLLEG.defaultForms()).allMatch(form -> form.teaches(11));
    }

    @Test
    void defaultFormsIsACopy() {
        GradeBand.PRIMARSTUFE.defaultForms().clear();
        assertThat(GradeBand.PRIMARSTUFE.defaultForms()).contains(SchoolForm.GS);
    }
}
