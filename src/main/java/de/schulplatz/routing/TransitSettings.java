package de.schulplatz.routing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code schulplatz.transit}: the public-transport check of the chosen school (Bezirksregierung
 * Detmold: reachable when the round trip takes at most 3 hours and the child need not leave before 6:00).
 *
 * @param gtfsFile          the timetable as a GTFS feed (zip or folder); blank: no check. Needs
 *                          {@code schulplatz.routing.osm-file} for the walks to and from the stops
 * @param schoolStart       when lessons begin: the child must be at school by then
 * @param schoolEnd         when lessons end: the way back starts then
 * @param earliestDeparture the child need not leave home before this
 * @param maxRoundTrip      longest time on the way there (leaving home until lessons begin) and back (lessons'
 *                          end until home), waiting included
 * @param day               the school day whose timetable is checked; empty: the first Tuesday after the
 *                          planning date
 */
@ConfigurationProperties("schulplatz.transit")
public record TransitSettings(String gtfsFile, LocalTime schoolStart, LocalTime schoolEnd, LocalTime earliestDeparture,
        Duration maxRoundTrip, LocalDate day) {

    public TransitSettings {
        schoolStart = schoolStart == null ? LocalTime.of(8, 0) : schoolStart;
        schoolEnd = schoolEnd == null ? LocalTime.of(13, 0) : schoolEnd;
        earliestDeparture = earliestDeparture == null ? LocalTime.of(6, 0) : earliestDeparture;
        maxRoundTrip = maxRoundTrip == null ? Duration.ofHours(3) : maxRoundTrip;
        if (!schoolEnd.isAfter(schoolStart)) {
            throw new IllegalArgumentException("Einstellung schulplatz.transit.school-end muss nach school-start liegen");
        }
        if (maxRoundTrip.isNegative() || maxRoundTrip.isZero()) {
            throw new IllegalArgumentException("Einstellung schulplatz.transit.max-round-trip muss größer als 0 sein");
        }
    }

    public boolean configured() {
        return gtfsFile != null && !gtfsFile.isBlank();
    }
}
