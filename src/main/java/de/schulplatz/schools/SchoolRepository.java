package de.schulplatz.schools;

import de.schulplatz.geo.Address;
import de.schulplatz.geo.GeoPoint;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Schools and their free places in PostgreSQL; writes are upserts by Schulnummer. */
@Repository
public class SchoolRepository {

    private static final int BATCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    SchoolRepository(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    public void upsert(Collection<School> schools, String sourceFile) {
        jdbc.batchUpdate("""
                INSERT INTO school (school_number, name, school_form, public_school, street, postal_code, city,
                    municipality_key, latitude, longitude, location_approximate, authority, total_pupils, source_file,
                    barrier_free, takes_newcomers, heritage_languages)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (school_number) DO UPDATE SET name = excluded.name, school_form = excluded.school_form,
                    public_school = excluded.public_school, street = excluded.street,
                    postal_code = excluded.postal_code, city = excluded.city,
                    municipality_key = excluded.municipality_key, latitude = excluded.latitude,
                    longitude = excluded.longitude, location_approximate = excluded.location_approximate,
                    authority = excluded.authority, total_pupils = excluded.total_pupils,
                    source_file = excluded.source_file, barrier_free = excluded.barrier_free,
                    takes_newcomers = excluded.takes_newcomers, heritage_languages = excluded.heritage_languages,
                    updated_at = now()
                """, schools, BATCH_SIZE, (ps, school) -> {
            Address address = school.address();
            ps.setString(1, school.schoolNumber());
            ps.setString(2, school.name());
            ps.setString(3, school.form().name());
            ps.setBoolean(4, school.publicSchool());
            ps.setString(5, address.street());
            ps.setString(6, address.postalCode());
            ps.setString(7, address.city());
            ps.setString(8, address.municipalityKey());
            ps.setDouble(9, address.position().latitude());
            ps.setDouble(10, address.position().longitude());
            ps.setBoolean(11, address.approximate());
            ps.setString(12, school.authority());
            ps.setObject(13, school.totalPupils());
            ps.setString(14, sourceFile);
            ps.setBoolean(15, school.barrierFree());
            ps.setBoolean(16, school.takesNewcomers());
            ps.setString(17, String.join(",", school.heritageLanguages()));
        });
    }

    /** Replaces all free places of the given schools, since a report always describes a school completely. */
    public void replaceQuotas(Map<String, List<PlaceQuota>> quotasBySchool) {
        jdbc.batchUpdate("DELETE FROM place_quota WHERE school_number = ?", quotasBySchool.keySet(), BATCH_SIZE,
                (ps, schoolNumber) -> ps.setString(1, schoolNumber));
        List<PlaceQuota> quotas = quotasBySchool.values().stream().flatMap(List::stream).toList();
        jdbc.batchUpdate("""
                INSERT INTO place_quota (school_number, group_kind, grade_from, grade_to, free_places, available_from,
                                         valid_until, intake_days)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, quotas, BATCH_SIZE, (ps, quota) -> {
                    ps.setString(1, quota.schoolNumber());
                    ps.setString(2, quota.groupKind().name());
                    ps.setInt(3, quota.gradeFrom());
                    ps.setInt(4, quota.gradeTo());
                    ps.setInt(5, quota.freePlaces());
                    ps.setObject(6, quota.availableFrom());
                    ps.setObject(7, quota.validUntil());
                    ps.setString(8, String.join(",", quota.intake().stream().map(MonthDay::toString)
                            .map(day -> day.substring(2)).toList()));
                });
    }

    public List<School> findAll() {
        return client.sql("SELECT * FROM school ORDER BY school_number").query(SchoolRepository::school).list();
    }

    public Optional<School> find(String schoolNumber) {
        return client.sql("SELECT * FROM school WHERE school_number = ?").param(schoolNumber)
                .query(SchoolRepository::school).optional();
    }

    public List<PlaceQuota> quotasOf(String schoolNumber) {
        return findAllQuotas().getOrDefault(schoolNumber, List.of());
    }

    public Map<String, List<PlaceQuota>> findAllQuotas() {
        return client.sql("""
                        SELECT * FROM place_quota ORDER BY school_number, group_kind, grade_from, available_from NULLS FIRST
                        """)
                .query((rs, n) -> new PlaceQuota(rs.getString("school_number"),
                        GroupKind.valueOf(rs.getString("group_kind")), rs.getInt("grade_from"), rs.getInt("grade_to"),
                        rs.getInt("free_places"), rs.getObject("available_from", LocalDate.class),
                        rs.getObject("valid_until", LocalDate.class), intakeDays(rs.getString("intake_days"))))
                .list().stream()
                .collect(Collectors.groupingBy(PlaceQuota::schoolNumber));
    }

    private static List<MonthDay> intakeDays(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(day -> MonthDay.parse("--" + day)).toList();
    }

    private static School school(ResultSet rs, int rowNum) throws SQLException {
        Address address = new Address(rs.getString("street"), rs.getString("postal_code"), rs.getString("city"),
                rs.getString("municipality_key"), new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")),
                rs.getBoolean("location_approximate"));
        return new School(rs.getString("school_number"), rs.getString("name"),
                SchoolForm.valueOf(rs.getString("school_form")), rs.getBoolean("public_school"), address,
                rs.getString("authority"), rs.getObject("total_pupils", Integer.class), rs.getBoolean("barrier_free"),
                rs.getBoolean("takes_newcomers"), list(rs.getString("heritage_languages")));
    }

    private static List<String> list(String csv) {
        return csv == null || csv.isBlank() ? List.of() : List.of(csv.split(","));
    }
}
