package de.schulplatz.schools;

import de.schulplatz.schoolsystem.GroupKind;

/**
 * Free places for newcomers at one school for a range of grades and a kind of group (Platzkontingent),
 * e.g. 3 places in German support groups in grades 5-6. The ranges of one school and group kind do not
 * overlap.
 */
public record PlaceQuota(String schoolNumber, GroupKind groupKind, int gradeFrom, int gradeTo, int freePlaces) {

    public boolean covers(int grade) {
        return grade >= gradeFrom && grade <= gradeTo;
    }

    /** "5-6" or "7" */
    public String gradeLabel() {
        return gradeFrom == gradeTo ? Integer.toString(gradeFrom) : gradeFrom + "-" + gradeTo;
    }
}
