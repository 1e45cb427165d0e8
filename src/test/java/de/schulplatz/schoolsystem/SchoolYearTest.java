package de.schulplatz.schoolsystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchoolYearTest {

    @Test
    void thirtyFirstOfJulyBelongsToThePreviousSchoolYear() {
        assertThat(SchoolYear.containing(LocalDate.of(2026, 7, 31))).isEqualTo(new SchoolYear(2025));
    }

    @Test
    void firstOfAugustStartsTheNewSchoolYear() {
        assertThat(SchoolYear.containing(LocalDate.of(2026, 8, 1))).isEqualTo(new SchoolYear(2026));
    }

    @Test
    void januaryBelongsToTheYearThatStartedTheAugustBefore() {
        assertThat(SchoolYear.containing(LocalDate.of(2027, 1, 15))).isEqualTo(new SchoolYear(2026));
    }

    @Test
    void firstDayIsFirstOfAugust() {
        assertThat(new SchoolYear(2026).firstDay()).isEqualTo(LocalDate.of(2026, 8, 1));
    }

    @Test
    void labelShowsBothYearsWithTwoDigitsForTheSecond() {
        assertThat(new SchoolYear(2026).label()).isEqualTo("2026/27");
        assertThat(new SchoolYear(2009).label()).isEqualTo("2009/10");
        assertThat(new SchoolYear(2099).label()).isEqualTo("2099/00");
    }
}
