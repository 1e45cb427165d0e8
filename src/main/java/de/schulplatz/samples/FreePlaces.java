package de.schulplatz.samples;

import de.schulplatz.schoolsystem.SchoolForm;
import java.util.List;

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
        int primary = 0;
        int secondary = 0;
        int berufskolleg = 0;
        for (SampleSchool school : schools) {
            switch (school.form()) {
                case GS -> primary += 2;
                case PS -> {
                    primary++;
                    secondary++;
                }
                case BK -> berufskolleg++;
                case FS -> { }
                default -> secondary += 3;
            }
        }
        return new FreePlaces(dice, true, 0.35 * pupils / Math.max(1, primary),
                0.45 * pupils / Math.max(1, secondary), 0.18 * pupils / Math.max(1, berufskolleg));
    }

    /** The free places of one quota of a school of this form. */
    int forQuota(SchoolForm form) {
        if (calibrated) {
            return switch (form) {
                case BK -> dice.around(berufskollegMean);
                case FS -> dice.nextInt(2);
                case GS -> dice.around(primaryMean);
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
