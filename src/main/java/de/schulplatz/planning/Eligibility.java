package de.schulplatz.planning;

import de.schulplatz.schoolsystem.GradeBand;
import de.schulplatz.schoolsystem.SchoolForm;
import java.util.Set;

/**
 * What the rules say about one pupil before solving.
 *
 * @param grade        the grade to place in: the counsellor's, else the age-typical one
 * @param allowedForms the recommended school forms that teach this grade (the band's usual forms if none)
 * @param notPlaceable German reason why the pupil is not to be placed at all, null otherwise
 */
record Eligibility(String caseNumber, int grade, GradeBand band, Set<SchoolForm> allowedForms,
        String notPlaceable) {
}
