package de.schulplatz.pupils;

import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;

/**
 * The kind of group a pupil needs at a school of a given form: the IFK at a Berufskolleg; elsewhere a
 * literacy group when not literate in Latin script (partly literate too, if the district says so), else
 * German support.
 */
public final class PupilGroup {

    private PupilGroup() {
    }

    public static GroupKind of(Pupil pupil, SchoolForm form, boolean partialLiteracyNeedsAlphabet) {
        return form.groupKindFor(literacyGroup(pupil, partialLiteracyNeedsAlphabet));
    }

    /** The group outside the Berufskolleg: literacy group or German support. */
    public static GroupKind literacyGroup(Pupil pupil, boolean partialLiteracyNeedsAlphabet) {
        LatinLiteracy literacy = pupil.latinLiteracy();
        boolean needsAlphabet = literacy == LatinLiteracy.NEIN
                || (literacy == LatinLiteracy.TEILWEISE && partialLiteracyNeedsAlphabet);
        return needsAlphabet ? GroupKind.ALPHABETISIERUNG : GroupKind.DEUTSCHFOERDERUNG;
    }
}
