package de.schulplatz.routing;

import de.schulplatz.geo.GeoPoint;
import java.sql.Array;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Walking routes in PostgreSQL, keyed by graph version, home position, school and school position, so that
 * later runs and the pupil's page reuse them. Positions are kept in millionths of a degree (about 10 cm).
 * A stored "longer than" answers any later question up to that distance.
 */
@Repository
class RouteStore {

    /** One home–school pair: the key of a stored route. */
    record Pair(int homeLat, int homeLon, String schoolNumber, int schoolLat, int schoolLon) {

        static Pair of(GeoPoint home, String schoolNumber, GeoPoint school) {
            return new Pair(micro(home.latitude()), micro(home.longitude()), schoolNumber, micro(school.latitude()),
                    micro(school.longitude()));
        }
    }

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    RouteStore(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    static int micro(double degrees) {
        return (int) Math.round(degrees * 1_000_000);
    }

    /** Every stored route of this graph version from one of these homes. */
    Map<Pair, Route> find(String graphVersion, Collection<GeoPoint> homes) {
        Map<Pair, Route> result = new HashMap<>();
        if (homes.isEmpty()) {
            return result;
        }
        Set<List<Integer>> distinct = new java.util.LinkedHashSet<>();
        homes.forEach(home -> distinct.add(List.of(micro(home.latitude()), micro(home.longitude()))));
        Integer[] lats = distinct.stream().map(h -> h.get(0)).toArray(Integer[]::new);
        Integer[] lons = distinct.stream().map(h -> h.get(1)).toArray(Integer[]::new);
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT r.* FROM walking_route r
                    JOIN unnest(?::int[], ?::int[]) AS h(lat, lon) ON r.home_lat_e6 = h.lat AND r.home_lon_e6 = h.lon
                    WHERE r.graph_version = ?
                    """);
            Array latArray = connection.createArrayOf("integer", lats);
            Array lonArray = connection.createArrayOf("integer", lons);
            statement.setArray(1, latArray);
            statement.setArray(2, lonArray);
            statement.setString(3, graphVersion);
            return statement;
        }, rs -> {
            result.put(new Pair(rs.getInt("home_lat_e6"), rs.getInt("home_lon_e6"), rs.getString("school_number"),
                    rs.getInt("school_lat_e6"), rs.getInt("school_lon_e6")),
                    new Route(Route.Status.valueOf(rs.getString("status")), rs.getInt("metres")));
        });
        return result;
    }

    /** Stores new answers; a stored one is replaced (a "longer than" by a found route or a longer search). */
    void save(String graphVersion, Map<Pair, Route> routes) {
        jdbc.batchUpdate("""
                INSERT INTO walking_route (graph_version, home_lat_e6, home_lon_e6, school_number, school_lat_e6,
                    school_lon_e6, status, metres)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (graph_version, home_lat_e6, home_lon_e6, school_number, school_lat_e6, school_lon_e6)
                DO UPDATE SET status = EXCLUDED.status, metres = EXCLUDED.metres, stored_at = now()
                """, List.copyOf(routes.entrySet()), 1000, (ps, entry) -> {
            Pair pair = entry.getKey();
            ps.setString(1, graphVersion);
            ps.setInt(2, pair.homeLat());
            ps.setInt(3, pair.homeLon());
            ps.setString(4, pair.schoolNumber());
            ps.setInt(5, pair.schoolLat());
            ps.setInt(6, pair.schoolLon());
            ps.setString(7, entry.getValue().status().name());
            ps.setInt(8, entry.getValue().metres());
        });
    }

    /** Routes of other graph versions: the map changed, they are of no use any more. */
    int deleteOtherVersions(String graphVersion) {
        return client.sql("DELETE FROM walking_route WHERE graph_version <> ?").param(graphVersion).update();
    }

    /**
     * Deletes the routes from homes where no pupil lives any more (a home position is personal data): kept
     * are those of the given homes only.
     */
    int keepHomes(Collection<GeoPoint> homes) {
        if (homes.isEmpty()) {
            return client.sql("DELETE FROM walking_route").update();
        }
        Integer[] lats = homes.stream().map(h -> micro(h.latitude())).toArray(Integer[]::new);
        Integer[] lons = homes.stream().map(h -> micro(h.longitude())).toArray(Integer[]::new);
        return jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    DELETE FROM walking_route r WHERE NOT EXISTS (
                        SELECT 1 FROM unnest(?::int[], ?::int[]) AS h(lat, lon)
                        WHERE r.home_lat_e6 = h.lat AND r.home_lon_e6 = h.lon)
                    """);
            statement.setArray(1, connection.createArrayOf("integer", lats));
            statement.setArray(2, connection.createArrayOf("integer", lons));
            return statement;
        });
    }

    long count() {
        return client.sql("SELECT count(*) FROM walking_route").query(Long.class).single();
    }
}
