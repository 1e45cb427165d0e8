package de.schulplatz.planning;

import de.schulplatz.schoolsystem.RuleSettings;
import de.schulplatz.schools.School;
import java.util.List;

/**
 * The number of pupils fair spread assumes for a school that reports none: the setting
 * {@code schulplatz.rules.assumed-total-pupils} when it is above 0, else the median of the sizes the
 * schools report, else (no school reports one) {@link #DEFAULT}. Stored with each run and shown on the
 * Auswertung sheet, because it weighs every such school.
 *
 * @param pupils             the size assumed
 * @param basis              where it comes from
 * @param schoolsWithoutSize how many schools have no reported size and so get it
 */
public record AssumedSchoolSize(int pupils, Basis basis, int schoolsWithoutSize) {

    /** A mid-sized NRW school, used only when no school of the run reports its size. */
    public static final int DEFAULT = 400;

    public enum Basis {
        /** the setting schulplatz.rules.assumed-total-pupils */
        SETTING("Einstellung schulplatz.rules.assumed-total-pupils"),
        /** the median of the reported sizes */
        MEDIAN("Median der gemeldeten Schülerzahlen"),
        /** no school reports its size */
        DEFAULT("keine Schule meldet ihre Schülerzahl: Standardwert " + AssumedSchoolSize.DEFAULT);

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static AssumedSchoolSize of(List<School> schools, RuleSettings rules) {
        int[] sizes = schools.stream().map(School::totalPupils).filter(AssumedSchoolSize::reported)
                .mapToInt(Integer::intValue).sorted().toArray();
        int without = schools.size() - sizes.length;
        if (rules.assumedTotalPupils() > 0) {
            return new AssumedSchoolSize(rules.assumedTotalPupils(), Basis.SETTING, without);
        }
        return sizes.length == 0 ? new AssumedSchoolSize(DEFAULT, Basis.DEFAULT, without)
                : new AssumedSchoolSize(sizes[sizes.length / 2], Basis.MEDIAN, without);
    }

    /** The size fair spread uses for this school. */
    int sizeOf(School school) {
        return reported(school.totalPupils()) ? school.totalPupils() : pupils;
    }

    private static boolean reported(Integer size) {
        return size != null && size > 0;
    }
}
