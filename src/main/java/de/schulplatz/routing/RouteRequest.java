package de.schulplatz.routing;

import de.schulplatz.geo.GeoPoint;

/**
 * A question for the walking route from a home to a school, searched up to {@code withinMetres}.
 */
public record RouteRequest(GeoPoint home, String schoolNumber, GeoPoint school, int withinMetres) {
}
