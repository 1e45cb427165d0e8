package de.schulplatz.pupils;

import de.schulplatz.schoolsystem.GradeRule;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schoolsystem.SchoolYear;

/**
 * The kind of group a pupil needs at a school of a given form: the IFK (young adults FFM) at a Berufskolleg; elsewhere a
 * literacy group when not literate in Latin script (partly literate too, if the district says so), else
 * German support.
 */
public final class PupilGroup {

    private PupilGroup() {
    }

    /** Young adults (18 at the start of the school year) join "Fit für mehr" at a Berufskolleg. */
    public static GroupKind of(Pupil pupil, SchoolForm form, boolean partialLiteracyNeedsAlphabet, SchoolYear schoolYear) {
        GroupKind outside = literacyGroup(pupil, partialLiteracyNeedsAlphabet);
        return GradeRule.isAdultAtStart(pupil.birthDate(), schoolYear) ? form.groupKindForAdult(outside)
                : form.groupKindFor(outside);
    }

    /** The group outside the Berufskolleg: literacy group or German support. */
    public static GroupKind literacyGroup(Pupil pupil, boolean partialLiteracyNeedsAlphabet) {
        LatinLiteracy literacy = pupil.latinLiteracy();
        boolean needsAlphabet = literacy == LatinLiteracy.NEIN
                || (literacy == LatinLiteracy.TEILWEISE && partialLiteracyNeedsAlphabet);
        return needsAlphabet ? GroupKind.ALPHABETISIERUNG : GroupKind.DEUTSCHFOERDERUNG;
    }
}
