package de.schulplatz.pupils;

import de.schulplatz.schoolsystem.GradeRule;
import de.schulplatz.schoolsystem.SchoolYear;

/**
 * The grade a pupil is placed in: the counsellor's if set; otherwise the age-typical one, raised to the
 * Berufskolleg (11) when ten school years are done or the pupil is about 16 or older (age-typical 11+).
 */
public final class PupilGrade {

    private PupilGrade() {
    }

    public static int of(Pupil pupil, SchoolYear schoolYear) {
        if (pupil.counsellorGrade() != null) {
            return pupil.counsellorGrade();
        }
        int ageTypical = GradeRule.ageTypicalGrade(pupil.birthDate(), schoolYear);
        boolean schoolingComplete = pupil.schoolingYears() != null && pupil.schoolingYears() >= 10;
        if (schoolingComplete || ageTypical >= 11) {
            // the Berufskolleg teaches up to 13: older (voluntary) pupils are placed there too
            return Math.min(Math.max(ageTypical, 11), 13);
        }
        return Math.max(ageTypical, 1);
    }
}
