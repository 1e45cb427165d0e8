package de.schulplatz.schoolsystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeRuleTest {

    private static final SchoolYear YEAR_2026 = new SchoolYear(2026);

    // grade = Y - (birth year, +1 if born in October or later) - 5, for Y = 2026
    @ParameterizedTest(name = "born {0} -> grade {1}")
    @CsvSource({
            "2020-09-30, 1", // turns 6 on the last day that still counts: starts this year
            "2020-10-01, 0", // turns 6 one day too late: starts next year
            "2020-12-31, 0",
            "2021-01-01, 0",
            "2019-10-01, 1",
            "2019-09-30, 2",
            "2016-02-29, 5", // leap day: 2026 - 2016 - 5
            "2016-01-01, 5",
            "2015-12-31, 5", // born in December: counted with the next year's cohort
            "2015-09-30, 6",
            "2011-09-30, 10",
            "2010-10-01, 10",
            "2010-09-30, 11",
            "2008-08-01, 13"
    })
    void ageTypicalGradeFollowsTheThirtiethOfSeptemberCutOff(LocalDate birthDate, int grade) {
        assertThat(GradeRule.ageTypicalGrade(birthDate, YEAR_2026)).isEqualTo(grade);
    }

    @Test
    void childBornOnThirtiethOfSeptemberStartsThisYear() {
        assertThat(GradeRule.ageTypicalGrade(LocalDate.of(2020, 9, 30), YEAR_2026)).isEqualTo(1);
    }

    @Test
    void eighteenthBirthdayOnFirstOfAugustIsAdult() {
        assertThat(GradeRule.isAdultAtStart(LocalDate.of(2008, 8, 1), YEAR_2026)).isTrue();
    }

    @Test
    void eighteenthBirthdayOnSecondOfAugustIsNotAdult() {
        assertThat(GradeRule.isAdultAtStart(LocalDate.of(2008, 8, 2), YEAR_2026)).isFalse();
        assertThat(GradeRule.ageAtStart(LocalDate.of(2008, 8, 2), YEAR_2026)).isEqualTo(17);
    }

    @Test
    void bornOnLeapDayIsAdultOnFirstOfAugust() {
        assertThat(GradeRule.isAdultAtStart(LocalDate.of(2008, 2, 29), YEAR_2026)).isTrue();
    }

    @Test
    void ageAtStartCountsWholeYearsOnFirstOfAugust() {
        assertThat(GradeRule.ageAtStart(LocalDate.of(2020, 8, 1), YEAR_2026)).isEqualTo(6);
        assertThat(GradeRule.ageAtStart(LocalDate.of(2020, 8, 2), YEAR_2026)).isEqualTo(5);
    }

    @Test
    void theFirstBirthDateOfAGradeIsTheFirstOfOctoberAndTheCohortIsOneYear() {
        SchoolYear year = new SchoolYear(2026);
        java.time.LocalDate first = GradeRule.firstBirthDateOf(3, year);

        org.assertj.core.api.Assertions.assertThat(first).isEqualTo(java.time.LocalDate.of(2017, 10, 1));
        org.assertj.core.api.Assertions.assertThat(GradeRule.ageTypicalGrade(first, year)).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(GradeRule.ageTypicalGrade(first.plusYears(1).minusDays(1), year))
                .isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(GradeRule.ageTypicalGrade(first.minusDays(1), year)).isEqualTo(4);
    }
}
