package de.schulplatz.batch;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.planning.CandidateSchools;
import de.schulplatz.routing.Route;
import de.schulplatz.routing.RouteRequest;
import de.schulplatz.routing.WalkingRoutes;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.OsmNetworks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A run with an OpenStreetMap extract measures every way as the walking route: across a river with one
 * bridge the school nearer by line loses to the one nearer by route, travel costs follow the route, and a
 * home off the network is measured as the line with a remark. {@link RiverCrossingStraightLineTest} is the
 * same input without an extract.
 */
@SpringBootTest(properties = {"schulplatz.routing.osm-file=" + WalkingRoutesRunTest.OSM,
        "schulplatz.routing.graph-directory=" + WalkingRoutesRunTest.GRAPHS,
        "schulplatz.transit.gtfs-file=" + WalkingRoutesRunTest.GTFS})
@ActiveProfiles("test")
class WalkingRoutesRunTest {

    static final String FOLDER = "target/routing-test";
    static final String OSM = FOLDER + "/river.osm";
    static final String GRAPHS = FOLDER + "/graphs";
    static final String GTFS = FOLDER + "/late-bus";

    @Autowired
    PlacementRunner runner;
    @Autowired
    WalkingRoutes routes;
    @Autowired
    CandidateSchools candidateSchools;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @BeforeAll
    static void network() throws IOException {
        if (Files.exists(Path.of(FOLDER))) {
            try (Stream<Path> old = Files.walk(Path.of(FOLDER))) {
                old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        RiverCrossing.network(Path.of(OSM));
        RiverCrossing.lateBus(Path.of(GTFS));
    }

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
        jdbc.update("DELETE FROM walking_route");
    }

    @Test
    void theSchoolNearerByRouteWinsAndTravelCostsFollowTheRoute() throws Exception {
        Path out = temp.resolve("out");
        assertThat(runner.run(RiverCrossing.input(temp.resolve("in")), out, RiverCrossing.DAY).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);

        Map<String, Map<String, String>> csv = RiverCrossing.placements(out);
        assertThat(csv.get("K-1")).containsEntry("Schulnummer", RiverCrossing.SCHOOL_B).containsEntry("Messung", "Fußweg")
                .containsEntry("Entfernung_km", "0.9").containsEntry("Luftlinie_km", "0.9");
        assertThat(csv.get("K-2")).containsEntry("Schulnummer", RiverCrossing.SCHOOL_A).containsEntry("Messung", "Fußweg")
                .containsEntry("Entfernung_km", "5.1").containsEntry("Luftlinie_km", "0.4");

        Path list = out.resolve("Zuweisungen_Schulamt_fuer_den_Kreis_Lippe.xlsx");
        Map<String, String> acrossTheRiver = RiverCrossing.listRow(list, "K-2");
        assertThat(acrossTheRiver).containsEntry("Gemessen als", "Fußweg").containsEntry("Fahrkosten erstattet", "ja");
        assertThat(acrossTheRiver.get("Begründung")).contains("Fußweg 5,1 km, Luftlinie 0,4 km")
                .contains("Fußweg über 2,0 km: Fahrkosten werden erstattet");
        assertThat(RiverCrossing.listRow(list, "K-1")).containsEntry("Fahrkosten erstattet", "nein");
        assertThat(RiverCrossing.row(list, "Auswertung", "Schulweg gemessen als")).element(2).asString()
                .contains("© OpenStreetMap-Mitwirkende");
    }

    @Test
    void aSchoolTheBusReachesTooLateIsReportedOnTheListsAndTheWaitingList() throws Exception {
        Path out = temp.resolve("out");
        runner.run(RiverCrossing.input(temp.resolve("in")), out, RiverCrossing.DAY);

        Map<String, Map<String, String>> csv = RiverCrossing.placements(out);
        assertThat(csv.get("K-2")).containsEntry("OePNV_zumutbar", "nein");
        // Within the walking threshold: not checked.
        assertThat(csv.get("K-1")).containsEntry("OePNV_zumutbar", "");
        Path list = out.resolve("Zuweisungen_Schulamt_fuer_den_Kreis_Lippe.xlsx");
        assertThat(RiverCrossing.listRow(list, "K-2").get("ÖPNV-Prüfung"))
                .isEqualTo("nicht zumutbar: keine Verbindung am Morgen zum Unterrichtsbeginn um 8:00");
        assertThat(RiverCrossing.row(list, "Nicht zugewiesen", "K-2")).contains("zugewiesen, ÖPNV nicht zumutbar")
                .last().asString().startsWith("zugewiesen an " + RiverCrossing.SCHOOL_A);
    }

    @Test
    void aHomeOffTheNetworkIsMeasuredAsTheLineWithARemarkInTheErrorReport() throws Exception {
        Path out = temp.resolve("out");
        runner.run(RiverCrossing.input(temp.resolve("in")), out, RiverCrossing.DAY);

        assertThat(RiverCrossing.placements(out).get("K-3")).containsEntry("Schulnummer", RiverCrossing.SCHOOL_D)
                .containsEntry("Messung", "Luftlinie");
        List<String> remark = RiverCrossing.row(out.resolve("Fehlerbericht.xlsx"), "Fehler und Hinweise", "Hinweis");
        assertThat(remark).contains("Fallnummer", "K-3");
        assertThat(remark.get(remark.size() - 1)).startsWith("Wohnung liegt nicht am Fußwegenetz");
    }

    @Test
    void aSecondRunTakesTheRoutesFromTheStore() throws Exception {
        runner.run(RiverCrossing.input(temp.resolve("in")), temp.resolve("out1"), RiverCrossing.DAY);
        long stored = routes.storedRoutes();
        assertThat(stored).isPositive();

        runner.run(RiverCrossing.input(temp.resolve("in2")), temp.resolve("out2"), RiverCrossing.DAY);

        assertThat(routes.storedRoutes()).isEqualTo(stored);
        WalkingRoutes.RouteTable again = routes.routes(List.of(new RouteRequest(OsmNetworks.at(-150, 0),
                RiverCrossing.SCHOOL_A, OsmNetworks.at(150, 0), 15_000)));
        assertThat(again.figures().fromStore()).isEqualTo(1);
        assertThat(again.figures().computed()).isZero();
        assertThat(again.get(OsmNetworks.at(-150, 0), RiverCrossing.SCHOOL_A, OsmNetworks.at(150, 0)))
                .isEqualTo(new Route(Route.Status.FOUND, 5_300));
    }

    @Test
    void thePupilPageShowsTheWalkingRoutesFromTheStore() throws Exception {
        runner.run(RiverCrossing.input(temp.resolve("in")), temp.resolve("out"), RiverCrossing.DAY);
        long stored = routes.storedRoutes();

        CandidateSchools.PupilCandidates page = candidateSchools.of("K-2", RiverCrossing.DAY).orElseThrow();

        assertThat(page.measure()).isEqualTo("Fußweg");
        assertThat(page.attribution()).contains("© OpenStreetMap-Mitwirkende");
        CandidateSchools.Candidate acrossTheRiver = page.candidates().stream()
                .filter(candidate -> candidate.schoolNumber().equals(RiverCrossing.SCHOOL_A)).findFirst().orElseThrow();
        assertThat(acrossTheRiver.measure()).isEqualTo("Fußweg");
        assertThat(acrossTheRiver.distanceMetres()).isGreaterThan(5_000);
        assertThat(acrossTheRiver.straightMetres()).isLessThan(500);
        assertThat(routes.storedRoutes()).isEqualTo(stored);
    }
}
