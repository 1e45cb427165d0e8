package de.schulplatz.samples;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.schoolsystem.SchoolForm;

/**
 * A real school of the official list as the samples write it. It keeps both coordinate forms because the
 * Schulen sheet gives half the schools in WGS84 and half in UTM, and the pupils' homes lie around the
 * WGS84 position.
 */
record SampleSchool(String number, String name, SchoolForm form, boolean publicSchool, String municipalityKey,
        String municipality, String postalCode, String city, String street, GeoPoint position, double easting,
        double northing) {
}
