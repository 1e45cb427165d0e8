package de.schulplatz.planning.domain;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.schoolsystem.SchoolForm;

/**
 * Problem fact: the free places of one school for a range of grades (Platzkontingent). A pupil is placed
 * by choosing one of these; the school follows from it.
 */
public final class SchoolQuota {

    private final int id;
    private final String schoolNumber;
    private final SchoolForm form;
    private final GeoPoint location;
    private final int gradeFrom;
    private final int gradeTo;
    private final int freePlaces;

    public SchoolQuota(int id, String schoolNumber, SchoolForm form, GeoPoint location, int gradeFrom, int gradeTo,
            int freePlaces) {
        this.id = id;
        this.schoolNumber = schoolNumber;
        this.form = form;
        this.location = location;
        this.gradeFrom = gradeFrom;
        this.gradeTo = gradeTo;
        this.freePlaces = freePlaces;
    }

    public int getId() {
        return id;
    }

    public String getSchoolNumber() {
        return schoolNumber;
    }

    public SchoolForm getForm() {
        return form;
    }

    public GeoPoint getLocation() {
        return location;
    }

    public int getGradeFrom() {
        return gradeFrom;
    }

    public int getGradeTo() {
        return gradeTo;
    }

    public int getFreePlaces() {
        return freePlaces;
    }

    public boolean covers(int grade) {
        return grade >= gradeFrom && grade <= gradeTo;
    }

    @Override
    public String toString() {
        return schoolNumber + "[" + gradeFrom + "-" + gradeTo + "]";
    }
}
