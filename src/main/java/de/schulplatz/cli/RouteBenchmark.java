package de.schulplatz.cli;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.routing.RouteRequest;
import de.schulplatz.routing.WalkingRoutes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * {@code benchmark --routes OSM-DATEI [--pupils 300] [--schools 200] [--candidates 50] [--seed 42]}: the walking
 * routes of lippe-sized work on any extract. Homes and schools are drawn at random inside the extract's box
 * (the extracts to test with lie outside NRW, so no real input fits them); each home asks for the schools of
 * the first circle of the candidate search: the 50 nearest by line, and every school within half again the
 * farthest of them. Measures the graph build, the routes computed per second with one tree per school, the
 * same pairs again from the store, and GraphHopper's own one-to-one queries for a sample of the pairs.
 */
@Component
class RouteBenchmark {

    private final WalkingRoutes routes;

    RouteBenchmark(WalkingRoutes routes) {
        this.routes = routes;
    }

    /** Before Spring starts: a temporary database and a fresh graph folder, so that the build is measured. */
    static void prepare(CommandLine.Options options) {
        Path work = Path.of(options.text("work", "target/benchmark/routes"));
        deleteTree(work);
        System.setProperty("schulplatz.database.data-directory", "");
        System.setProperty("schulplatz.routing.osm-file", options.required("routes"));
        System.setProperty("schulplatz.routing.graph-directory", work.resolve("graphs").toString());
    }

    int run(CommandLine.Options options) {
        int pupils = options.integer("pupils", 300);
        int schoolCount = options.integer("schools", 200);
        int candidates = options.integer("candidates", 50);
        Random random = new Random(options.integer("seed", 42));

        WalkingRoutes.NetworkFigures network = routes.prepare();
        System.out.printf(Locale.GERMAN, "Fußwegenetz %s: %,d Knoten, %,d Kanten, %.1f MB, gebaut in %.1f s%n",
                network.version(), network.nodes(), network.edges(), network.bytes() / 1e6, network.millis() / 1000.0);

        double[] box = network.bounds();
        List<GeoPoint> homes = points(random, box, pupils);
        List<GeoPoint> schools = points(random, box, schoolCount);
        List<RouteRequest> requests = new ArrayList<>();
        for (GeoPoint home : homes) {
            List<Integer> byLine = new ArrayList<>();
            for (int s = 0; s < schools.size(); s++) {
                byLine.add(s);
            }
            byLine.sort(Comparator.comparingInt(s -> home.distanceMetresTo(schools.get(s))));
            int farthest = home.distanceMetresTo(schools.get(byLine.get(Math.min(candidates, byLine.size()) - 1)));
            // The first circle of the candidate search (RouteSearch): half again the farthest by line, at least
            // 4 km, at most the primary schools' limit of 15 km.
            int radius = (int) Math.min(15_000, Math.max(4_000, Math.ceil(1.5 * farthest)));
            for (int s : byLine) {
                if (home.distanceMetresTo(schools.get(s)) > radius) {
                    break;
                }
                requests.add(new RouteRequest(home, "S" + s, schools.get(s), radius));
            }
        }

        WalkingRoutes.RouteTable first = routes.routes(requests);
        WalkingRoutes.Figures computed = first.figures();
        WalkingRoutes.Figures again = routes.routes(requests).figures();
        int sample = Math.min(500, requests.size());
        long started = System.nanoTime();
        for (int i = 0; i < sample; i++) {
            RouteRequest request = requests.get(i * requests.size() / sample);
            routes.singleQuery(request.home(), request.school());
        }
        double singleSeconds = (System.nanoTime() - started) / 1e9;

        System.out.printf(Locale.GERMAN, "%d Wohnungen, %d Schulen, %,d Paare (%,d ohne Anschluss ans Netz)%n", pupils,
                schoolCount, computed.pairs(), computed.offNetwork());
        System.out.printf(Locale.GERMAN, "Erster Lauf: %,d Wege in %d Bäumen berechnet in %.2f s: %,.0f Wege/s%n",
                computed.computed(), computed.schoolTrees(), computed.millis() / 1000.0,
                computed.computed() / Math.max(0.001, computed.millis() / 1000.0));
        System.out.printf(Locale.GERMAN, "Zweiter Lauf: %,d Wege aus der Datenbank, %d berechnet, in %.2f s%n",
                again.fromStore(), again.computed(), again.millis() / 1000.0);
        System.out.printf(Locale.GERMAN, "Zum Vergleich einzelne Abfragen je Paar (GraphHopper route): %,.0f Wege/s "
                + "(%d Stichproben)%n", sample / singleSeconds, sample);
        return CommandLine.OK;
    }

    /** Points drawn evenly from the box less a tenth at each side (the edges of an extract are cut ways). */
    private static List<GeoPoint> points(Random random, double[] box, int count) {
        double latMargin = (box[1] - box[0]) / 10;
        double lonMargin = (box[3] - box[2]) / 10;
        List<GeoPoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            points.add(new GeoPoint(box[0] + latMargin + random.nextDouble() * (box[1] - box[0] - 2 * latMargin),
                    box[2] + lonMargin + random.nextDouble() * (box[3] - box[2] - 2 * lonMargin)));
        }
        return points;
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
