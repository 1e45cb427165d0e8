package de.schulplatz.schoolsystem;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as German readers write them, for the dates of places and intake in texts and lists. */
public final class GermanDates {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private GermanDates() {
    }

    /** "01.02.2027" */
    public static String format(LocalDate date) {
        return date.format(FULL);
    }
}
