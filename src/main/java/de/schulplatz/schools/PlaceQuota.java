package de.schulplatz.schools;

/**
 * Free places for newcomers at one school for a range of grades (Platzkontingent), e.g. 3 places in
 * grades 5-6. The ranges of one school do not overlap.
 */
public record PlaceQuota(String schoolNumber, int gradeFrom, int gradeTo, int freePlaces) {

    public boolean covers(int grade) {
        return grade >= gradeFrom && grade <= gradeTo;
    }

    /** "5-6" or "7" */
    public String gradeLabel() {
        return gradeFrom == gradeTo ? Integer.toString(gradeFrom) : gradeFrom + "-" + gradeTo;
    }
}
