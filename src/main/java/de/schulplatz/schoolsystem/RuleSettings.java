package de.schulplatz.schoolsystem;

import java.time.MonthDay;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configurable policy of the placement rules, {@code schulplatz.rules.*}: what DOMAIN.md marks as
 * practice or open rather than law. One record for every rule that reads them: the planning's candidate
 * search and the check of a correction (whether a pinned pupil fits a school).
 *
 * @param placeAdults                   place pupils who are 18 or older at the start of the school year (at a
 *                                      Berufskolleg in "Fit für mehr", up to {@code ffmMaxAge})
 * @param partialLiteracyNeedsAlphabet  a pupil only partly literate in Latin script needs a literacy group
 * @param maxDistanceKmPrimary          farthest school for grades 1-4 (the way as measured)
 * @param maxDistanceKmSecondary        farthest school for grades 5-10
 * @param maxDistanceKmBerufskolleg     farthest school for the Berufskolleg
 * @param assumedTotalPupils            school size assumed for fair shares when a school reports none;
 *                                      0 = the median of the reported sizes
 * @param primaryNearestFirst           a primary pupil goes to the nearest Grundschule with a free place
 *                                      (§ 46 (3) SchulG NRW); fair spread and wishes cannot move it away
 * @param excludeSettled                pupils with {@link #SETTLED_SCHOOL_YEARS} or more school years in Germany
 *                                      are not planned (they are no Seiteneinsteiger); else only a remark
 * @param ffmMaxAge                     oldest age at the start of the school year for "Fit für mehr"
 * @param ifkIntake                     dates ("TT.MM.") an IFK admits, unless a school reports its own
 * @param ffmIntake                     dates "Fit für mehr" admits, unless a school reports its own
 */
@ConfigurationProperties("schulplatz.rules")
public record RuleSettings(boolean placeAdults, boolean partialLiteracyNeedsAlphabet, double maxDistanceKmPrimary,
        double maxDistanceKmSecondary, double maxDistanceKmBerufskolleg, int assumedTotalPupils,
        boolean primaryNearestFirst, boolean excludeSettled, int ffmMaxAge, List<String> ifkIntake,
        List<String> ffmIntake) {

    /** From this many school years in Germany a pupil is no longer a newcomer (Seiteneinsteiger). */
    public static final int SETTLED_SCHOOL_YEARS = 2;

    @ConstructorBinding
    public RuleSettings(boolean placeAdults, boolean partialLiteracyNeedsAlphabet, double maxDistanceKmPrimary,
            double maxDistanceKmSecondary, double maxDistanceKmBerufskolleg, int assumedTotalPupils,
            boolean primaryNearestFirst, boolean excludeSettled, @DefaultValue("25") int ffmMaxAge,
            @DefaultValue("01.08.") List<String> ifkIntake, @DefaultValue({"01.11.", "01.02.", "01.05."}) List<String> ffmIntake) {
        if (maxDistanceKmPrimary <= 0 || maxDistanceKmSecondary <= 0 || maxDistanceKmBerufskolleg <= 0) {
            throw new IllegalArgumentException("Einstellung schulplatz.rules.max-distance-km-* muss größer als 0 sein");
        }
        if (assumedTotalPupils < 0) {
            throw new IllegalArgumentException("Einstellung schulplatz.rules.assumed-total-pupils darf nicht negativ sein");
        }
        if (ffmMaxAge < 18) {
            throw new IllegalArgumentException("Einstellung schulplatz.rules.ffm-max-age muss mindestens 18 sein");
        }
        this.placeAdults = placeAdults;
        this.partialLiteracyNeedsAlphabet = partialLiteracyNeedsAlphabet;
        this.maxDistanceKmPrimary = maxDistanceKmPrimary;
        this.maxDistanceKmSecondary = maxDistanceKmSecondary;
        this.maxDistanceKmBerufskolleg = maxDistanceKmBerufskolleg;
        this.assumedTotalPupils = assumedTotalPupils;
        this.primaryNearestFirst = primaryNearestFirst;
        this.excludeSettled = excludeSettled;
        this.ffmMaxAge = ffmMaxAge;
        this.ifkIntake = List.copyOf(ifkIntake);
        this.ffmIntake = List.copyOf(ffmIntake);
        IntakeDates.parse(this.ifkIntake, "schulplatz.rules.ifk-intake");
        IntakeDates.parse(this.ffmIntake, "schulplatz.rules.ffm-intake");
    }

    /** The rules as before dated intake: IFK from 1 August, FFM three times a year, no proximity rule. */
    public RuleSettings(boolean placeAdults, boolean partialLiteracyNeedsAlphabet, double maxDistanceKmPrimary,
            double maxDistanceKmSecondary, double maxDistanceKmBerufskolleg, int assumedTotalPupils) {
        this(placeAdults, partialLiteracyNeedsAlphabet, maxDistanceKmPrimary, maxDistanceKmSecondary,
                maxDistanceKmBerufskolleg, assumedTotalPupils, false, false, 25, List.of("01.08."),
                List.of("01.11.", "01.02.", "01.05."));
    }

    /** The farthest school allowed for a pupil of this band, in metres. */
    public int maxDistanceMetres(GradeBand band) {
        double km = switch (band) {
            case PRIMARSTUFE -> maxDistanceKmPrimary;
            case SEKUNDARSTUFE_I -> maxDistanceKmSecondary;
            case BERUFSKOLLEG -> maxDistanceKmBerufskolleg;
        };
        return (int) Math.round(km * 1000);
    }

    /** The dates a group of this kind admits when its school reports none; empty: any day. */
    public List<MonthDay> defaultIntake(GroupKind kind) {
        return switch (kind) {
            case IFK -> IntakeDates.parse(ifkIntake, "schulplatz.rules.ifk-intake");
            case FFM -> IntakeDates.parse(ffmIntake, "schulplatz.rules.ffm-intake");
            default -> List.of();
        };
    }
}
