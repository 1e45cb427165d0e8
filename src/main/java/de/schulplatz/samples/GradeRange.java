package de.schulplatz.samples;

import de.schulplatz.schoolsystem.GradeBand;
import de.schulplatz.schoolsystem.SchoolForm;
import java.util.List;

/** The grades, from and to inclusive, that one sample quota of free places is reported for. */
record GradeRange(int from, int to) {

    /** The German-support (at a Berufskolleg: IFK) quotas a sample school of this form reports. */
    static List<GradeRange> quotasOf(SchoolForm form) {
        return switch (form) {
            case GS -> List.of(new GradeRange(1, 2), new GradeRange(3, 4));
            case PS -> List.of(new GradeRange(1, 4), new GradeRange(5, 10));
            case FS -> List.of(new GradeRange(1, 10));
            case BK -> List.of(new GradeRange(11, 13));
            case GE, GY, HS, RS, SK -> List.of(new GradeRange(5, 6), new GradeRange(7, 8), new GradeRange(9, 10));
        };
    }

    GradeBand band() {
        return GradeBand.of(from);
    }
}
