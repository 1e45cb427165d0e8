package de.schulplatz.planning;

import de.schulplatz.schoolsystem.GradeBand;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import java.util.Set;

/**
 * What the rules say about one pupil before solving.
 *
 * @param grade            the grade to place in: the counsellor's, else the age-typical one
 * @param allowedForms     the recommended school forms that teach this grade (the band's usual forms if none)
 * @param literacyGroup    the kind of group the pupil needs outside a Berufskolleg (German support or literacy)
 * @param compulsory       of compulsory school age (under 18 at the start of the school year)
 * @param youngAdult       18 or older at the start of the school year and placed anyway: "Fit für mehr" at a
 *                         Berufskolleg instead of the IFK
 * @param notPlaceable     why the pupil is not to be placed at all, null otherwise
 * @param noCandidate      why no school is eligible, null when there are candidates
 */
record Eligibility(String caseNumber, int grade, GradeBand band, Set<SchoolForm> allowedForms, GroupKind literacyGroup,
        boolean barrierFreeNeeded, boolean compulsory, boolean youngAdult, UnplacedCause notPlaceable,
        UnplacedCause noCandidate) {

    Eligibility withNoCandidate(UnplacedCause cause) {
        return new Eligibility(caseNumber, grade, band, allowedForms, literacyGroup, barrierFreeNeeded, compulsory,
                youngAdult, notPlaceable, cause);
    }

    /** Why the pupil gets no candidate school at all, null when there are candidates. */
    UnplacedCause withoutCandidates() {
        return notPlaceable != null ? notPlaceable : noCandidate;
    }

    /** The kind of group the pupil needs at a school of this form: the IFK (young adults FFM) at a Berufskolleg. */
    GroupKind groupKindAt(SchoolForm form) {
        return youngAdult ? form.groupKindForAdult(literacyGroup) : form.groupKindFor(literacyGroup);
    }
}
