package de.schulplatz.schoolsystem;

import java.time.LocalDate;
import java.time.Month;

/**
 * A school year in NRW, running from 1 August to 31 July (law: SchulG NRW § 7).
 *
 * @param startYear the calendar year in which the school year begins on 1 August
 */
public record SchoolYear(int startYear) {

    public static SchoolYear containing(LocalDate date) {
        return new SchoolYear(date.getMonthValue() >= Month.AUGUST.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.AUGUST, 1);
    }

    /** "2026/27" */
    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
