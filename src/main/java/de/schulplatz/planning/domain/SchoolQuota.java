package de.schulplatz.planning.domain;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * Problem fact: the free places of one school for a range of grades and a kind of group
 * (Platzkontingent). A pupil is placed by choosing one of these; the school follows from it.
 */
public final class SchoolQuota {

    private final int id;
    private final SchoolFact school;
    private final SchoolForm form;
    private final GroupKind groupKind;
    private final GeoPoint location;
    private final int gradeFrom;
    private final int gradeTo;
    private final int freePlaces;

    public SchoolQuota(int id, SchoolFact school, SchoolForm form, GroupKind groupKind, GeoPoint location,
            int gradeFrom, int gradeTo, int freePlaces) {
        this.id = id;
        this.school = school;
        this.form = form;
        this.groupKind = groupKind;
        this.location = location;
        this.gradeFrom = gradeFrom;
        this.gradeTo = gradeTo;
        this.freePlaces = freePlaces;
    }

    @PlanningId
    public int getId() {
        return id;
    }

    public SchoolFact getSchool() {
        return school;
    }

    public String getSchoolNumber() {
        return school.schoolNumber();
    }

    public SchoolForm getForm() {
        return form;
    }

    public GroupKind getGroupKind() {
        return groupKind;
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
        return school.schoolNumber() + "[" + groupKind + " " + gradeFrom + "-" + gradeTo + "]";
    }
}
