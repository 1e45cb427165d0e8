package de.schulplatz.schoolsystem;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;

/**
 * The age-typical grade of a child (practice of the KI, see DOMAIN.md): for the school year starting
 * 1 August of year Y the grade is {@code Y - birthYear - 5}, counting a child born in October or later
 * as born the following year, because compulsory schooling starts for children who turn 6 by
 * 30 September.
 */
public final class GradeRule {

    /** Age at the start of the school year from which schooling is no longer compulsory. */
    public static final int ADULT_AGE = 18;

    private GradeRule() {
    }

    /** The first month of a cohort: children born from 1 October on start school a year later. */
    private static final Month COHORT_START = Month.OCTOBER;

    public static int ageTypicalGrade(LocalDate birthDate, SchoolYear schoolYear) {
        int cohortYear = birthDate.getYear() + (birthDate.getMonthValue() >= COHORT_START.getValue() ? 1 : 0);
        return schoolYear.startYear() - cohortYear - 5;
    }

    /**
     * The first birth date whose age-typical grade in the school year is the given one; the cohort runs a
     * year from it (1 October to 30 September).
     */
    public static LocalDate firstBirthDateOf(int grade, SchoolYear schoolYear) {
        int cohortYear = schoolYear.startYear() - grade - 5;
        return LocalDate.of(cohortYear - 1, COHORT_START, 1);
    }

    /** Age in whole years on 1 August of the school year. */
    public static int ageAtStart(LocalDate birthDate, SchoolYear schoolYear) {
        return Period.between(birthDate, schoolYear.firstDay()).getYears();
    }

    /** True when the pupil is 18 or older on 1 August of the school year (no more compulsory schooling). */
    public static boolean isAdultAtStart(LocalDate birthDate, SchoolYear schoolYear) {
        return ageAtStart(birthDate, schoolYear) >= ADULT_AGE;
    }
}
