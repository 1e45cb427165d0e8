package de.schulplatz.transition;

/** One row of the sheet "Plätze Regelklassen": free places in the regular classes of a school's grade. */
public record RegularPlace(String schoolNumber, int grade, int freePlaces) {
}
