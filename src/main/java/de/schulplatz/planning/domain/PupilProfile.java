package de.schulplatz.planning.domain;

import java.util.List;

/**
 * What the constraints need to know about a pupil, fixed during solving.
 *
 * @param familyId                    same for siblings, null for a child without siblings in the plan
 * @param municipalityKey             home municipality (AGS)
 * @param wishedSchools               Schulnummern, first wish first
 * @param publishedSchoolNumber       school of the last published plan, null if none
 * @param reimbursementThresholdMetres distance above which travel costs are reimbursed (2 / 3.5 / 5 km)
 * @param unassignedWeight            medium penalty if left without a place: higher for the more urgent
 */
public record PupilProfile(String caseNumber, int grade, String familyId, String municipalityKey,
        List<String> wishedSchools, String publishedSchoolNumber, int reimbursementThresholdMetres,
        long unassignedWeight) {

    public PupilProfile {
        wishedSchools = List.copyOf(wishedSchools);
    }

}
