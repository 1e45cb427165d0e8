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

    /** A pupil without siblings, wishes or history; for tests and simple cases. */
    public static PupilProfile of(String caseNumber, int grade, String municipalityKey) {
        return new PupilProfile(caseNumber, grade, null, municipalityKey, List.of(), null,
                grade <= 4 ? 2_000 : grade <= 10 ? 3_500 : 5_000, 1);
    }
}
