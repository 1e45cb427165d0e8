package de.schulplatz.samples;

import de.schulplatz.schoolsystem.GradeBand;
import de.schulplatz.schoolsystem.SchoolForm;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many free places a sample quota reports. Small sets have a few per quota, a Berufskolleg more.
 * Regional and state-wide sets are calibrated to their pupils, so that places are scarce there as they
 * are in practice: with distance limits and uneven demand, some pupils find no place.
 */
final class FreePlaces {

    private final Dice dice;
    private final boolean calibrated;
    /** When calibrated: mean free places per quota of primary, Sek I and Berufskolleg schools. */
    private final double primaryMean;
    private final double secondaryMean;
    private final double berufskollegMean;

    private FreePlaces(Dice dice, boolean calibrated, double primaryMean, double secondaryMean,
            double berufskollegMean) {
        this.dice = dice;
        this.calibrated = calibrated;
        this.primaryMean = primaryMean;
        this.secondaryMean = secondaryMean;
        this.berufskollegMean = berufskollegMean;
    }

    static FreePlaces few(Dice dice) {
        return new FreePlaces(dice, false, 0, 0, 0);
    }

    /**
     * Free places about as many as pupils of each band (primary 35 %, Sek I 45 %, Berufskolleg 18 % of
     * them), spread over the band's quotas.
     */
    static FreePlaces calibrated(Dice dice, List<SampleSchool> schools, int pupils) {
        Map<GradeBand, Integer> quotas = new EnumMap<>(GradeBand.class);
        for (SampleSchool school : schools) {
            // A Förderschule keeps its at most one place per quota (see forQuota), so it takes no share.
            if (school.form() != SchoolForm.FS) {
                GradeRange.quotasOf(school.form()).forEach(range -> quotas.merge(range.band(), 1, Integer::sum));
            }
        }
        return new FreePlaces(dice, true, 0.35 * pupils / quotaCount(quotas, GradeBand.PRIMARSTUFE),
                0.45 * pupils / quotaCount(quotas, GradeBand.SEKUNDARSTUFE_I),
                0.18 * pupils / quotaCount(quotas, GradeBand.BERUFSKOLLEG));
    }

    /** At least one, so that a set without schools of a band still divides. */
    private static int quotaCount(Map<GradeBand, Integer> quotas, GradeBand band) {
        return Math.max(1, quotas.getOrDefault(band, 0));
    }

    /** The free places of one quota of a school of this form. */
    int forQuota(SchoolForm form) {
        if (calibrated) {
            return switch (form) {
                case BK -> dice.around(berufskollegMean);
                case FS -> dice.nextInt(2);
                case GS -> dice.around(primaryMean);
                // Also a PRIMUS school's quota of grades 1-4, though calibrated counts it as primary: drawing it
                // around the primary mean would change the files of the regional and state-wide sizes.
                default -> dice.around(secondaryMean);
            };
        }
        return switch (form) {
            case BK -> 6 + dice.nextInt(12);
            case FS -> dice.nextInt(2);
            case GS -> dice.nextInt(4);
            default -> dice.nextInt(5);
        };
    }
}
