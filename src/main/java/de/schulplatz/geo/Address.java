package de.schulplatz.geo;

/**
 * Where a pupil lives or a school stands.
 *
 * @param municipalityKey 8-digit AGS of the municipality, derived from the position when not given
 * @param position        WGS84 position used for distances
 * @param approximate     true when the position is only the centre of the postal code or municipality
 */
public record Address(String street, String postalCode, String city, String municipalityKey, GeoPoint position,
        boolean approximate) {
}
