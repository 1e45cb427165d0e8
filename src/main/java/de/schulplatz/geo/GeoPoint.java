package de.schulplatz.geo;

/**
 * A WGS84 position in decimal degrees.
 */
public record GeoPoint(double latitude, double longitude) {

    /** The sphere {@link #distanceMetresTo} measures on (mean earth radius). */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;

    // A generous box around North Rhine-Westphalia: a point outside is almost certainly a typing error.
    private static final double MIN_LATITUDE = 50.2;
    private static final double MAX_LATITUDE = 52.6;
    private static final double MIN_LONGITUDE = 5.8;
    private static final double MAX_LONGITUDE = 9.6;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            // written so that NaN fails too
            throw new IllegalArgumentException("not a WGS84 position: " + latitude + ", " + longitude);
        }
    }

    /** Straight-line (great-circle) distance in metres. */
    public int distanceMetresTo(GeoPoint other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return (int) Math.round(2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a))));
    }

    public boolean isInNrw() {
        return latitude >= MIN_LATITUDE && latitude <= MAX_LATITUDE
                && longitude >= MIN_LONGITUDE && longitude <= MAX_LONGITUDE;
    }

    /** True when swapping latitude and longitude would put the point into NRW. */
    public boolean looksSwapped() {
        return !isInNrw() && longitude >= MIN_LATITUDE && longitude <= MAX_LATITUDE
                && latitude >= MIN_LONGITUDE && latitude <= MAX_LONGITUDE;
    }
}
