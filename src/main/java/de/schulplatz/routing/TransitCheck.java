package de.schulplatz.routing;

import de.schulplatz.geo.GeoPoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Whether a school is reachable by public transport as the Bezirksregierung Detmold asks: the child need not
 * leave home before 6:00 to be at school when lessons begin, and the way there (leaving home until lessons
 * begin) and back (lessons' end until home), waiting included, take at most 3 hours together. Checked on the
 * timetable of one school day from the GTFS feed named by {@code schulplatz.transit.gtfs-file}; the walks to and
 * from the stops run on the OpenStreetMap extract.
 */
@Service
public class TransitCheck implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TransitCheck.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm");

    /**
     * The check's answer for one pupil and school.
     *
     * @param text German, for the lists: "zumutbar: …" or "nicht zumutbar: …"
     */
    public record Verdict(boolean reachable, String text) {
    }

    private final RoutingSettings routing;
    private final TransitSettings settings;
    private TransitNetwork network;
    private String networkVersion;

    TransitCheck(RoutingSettings routing, TransitSettings settings) {
        this.routing = routing;
        this.settings = settings;
    }

    /** True when a timetable is configured (with the extract it needs). */
    public boolean active() {
        return settings.configured();
    }

    /** The school day checked for a plan of this date. */
    public LocalDate dayFor(LocalDate planningDate) {
        return settings.day() != null ? settings.day() : planningDate.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    }

    /** The verdict for one pupil's home and school on the given school day. */
    public Verdict check(GeoPoint home, GeoPoint school, LocalDate day) {
        TransitNetwork transit = network();
        Instant lessonsBegin = day.atTime(settings.schoolStart()).atZone(ZONE).toInstant();
        Instant lessonsEnd = day.atTime(settings.schoolEnd()).atZone(ZONE).toInstant();
        Instant earliest = day.atTime(settings.earliestDeparture()).atZone(ZONE).toInstant();
        Optional<TransitNetwork.Journey> there = transit.arrivingBy(home, school, lessonsBegin);
        // The latest journey arriving in time may leave the evening before: no journey that morning.
        if (there.isEmpty() || there.get().departure().atZone(ZONE).toLocalDate().isBefore(day)) {
            return new Verdict(false, "nicht zumutbar: keine Verbindung am Morgen zum Unterrichtsbeginn um "
                    + clock(settings.schoolStart()));
        }
        if (there.get().departure().isBefore(earliest)) {
            return new Verdict(false, "nicht zumutbar: Abfahrt vor " + clock(settings.earliestDeparture()) + " nötig ("
                    + clock(there.get().departure()) + ")");
        }
        Optional<TransitNetwork.Journey> back = transit.leavingAfter(school, home, lessonsEnd);
        if (back.isEmpty()) {
            return new Verdict(false, "nicht zumutbar: keine Verbindung zurück nach Unterrichtsende um "
                    + clock(settings.schoolEnd()));
        }
        Duration out = Duration.between(there.get().departure(), lessonsBegin);
        Duration backHome = Duration.between(lessonsEnd, back.get().arrival());
        String times = "Abfahrt " + clock(there.get().departure()) + ", hin " + duration(out) + ", zurück " + duration(backHome);
        if (out.plus(backHome).compareTo(settings.maxRoundTrip()) > 0) {
            return new Verdict(false, "nicht zumutbar: " + times + ", zusammen mehr als " + duration(settings.maxRoundTrip()));
        }
        return new Verdict(true, "zumutbar: " + times);
    }

    private synchronized TransitNetwork network() {
        if (!routing.configured()) {
            throw new RoutingException("Die ÖPNV-Prüfung (schulplatz.transit.gtfs-file) braucht die OSM-Datei "
                    + "(schulplatz.routing.osm-file) für die Fußwege zu den Haltestellen", null);
        }
        Path osm = Path.of(routing.osmFile());
        Path gtfs = Path.of(settings.gtfsFile());
        if (!Files.exists(gtfs)) {
            throw new RoutingException("Den Fahrplan (schulplatz.transit.gtfs-file) gibt es nicht", null);
        }
        String version;
        try {
            version = GraphFolder.TRANSIT + GraphFolder.hash(osm) + "-" + GraphFolder.hash(gtfs);
        } catch (IOException e) {
            throw new RoutingException("OSM-Datei oder Fahrplan lassen sich nicht lesen: " + e.getClass().getSimpleName(), e);
        }
        if (network != null && version.equals(networkVersion)) {
            return network;
        }
        if (network != null) {
            network.close();
        }
        long started = System.nanoTime();
        network = GraphFolder.open(Path.of(routing.graphDirectory()), version,
                folder -> TransitNetwork.openOrBuild(osm, gtfs, folder));
        networkVersion = version;
        log.info("Transit network {} ready in {} ms", version, (System.nanoTime() - started) / 1_000_000);
        return network;
    }

    private static String clock(LocalTime time) {
        return time.format(CLOCK);
    }

    private static String clock(Instant instant) {
        return instant.atZone(ZONE).toLocalTime().format(CLOCK);
    }

    static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    @Override
    public synchronized void destroy() {
        if (network != null) {
            network.close();
            network = null;
        }
    }
}
