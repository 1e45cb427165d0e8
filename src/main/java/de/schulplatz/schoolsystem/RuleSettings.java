package de.schulplatz.schoolsystem;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configurable policy of the placement rules, {@code schulplatz.rules.*}: what DOMAIN.md marks as
 * practice or open rather than law. One record for every rule that reads them: the planning's candidate
 * search and the check of a correction (whether a pinned pupil fits a school).
 *
 * @param placeAdults                   place pupils who are 18 or older at the start of the school year
 * @param partialLiteracyNeedsAlphabet  a pupil only partly literate in Latin script needs a literacy group
 * @param maxDistanceKmPrimary          farthest school for grades 1-4, straight line
 * @param maxDistanceKmSecondary        farthest school for grades 5-10
 * @param maxDistanceKmBerufskolleg     farthest school for the Berufskolleg
 * @param assumedTotalPupils            school size assumed for fair shares when a school reports none;
 *                                      0 = the median of the reported sizes
 */
@ConfigurationProperties("schulplatz.rules")
public record RuleSettings(boolean placeAdults, boolean partialLiteracyNeedsAlphabet, double maxDistanceKmPrimary,
        double maxDistanceKmSecondary, double maxDistanceKmBerufskolleg, int assumedTotalPupils) {

    public RuleSettings {
        if (maxDistanceKmPrimary <= 0 || maxDistanceKmSecondary <= 0 || maxDistanceKmBerufskolleg <= 0) {
            throw new IllegalArgumentException("Einstellung schulplatz.rules.max-distance-km-* muss größer als 0 sein");
        }
        if (assumedTotalPupils < 0) {
            throw new IllegalArgumentException("Einstellung schulplatz.rules.assumed-total-pupils darf nicht negativ sein");
        }
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
}
