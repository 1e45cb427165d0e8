package de.schulplatz.pupils;

import de.schulplatz.geo.Address;
import de.schulplatz.geo.GeoPoint;
import de.schulplatz.schoolsystem.SchoolForm;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pupils in PostgreSQL; writes are upserts by Fallnummer, so importing a file again changes, never duplicates. */
@Repository
public class PupilRepository {

    private static final int BATCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    PupilRepository(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    public void upsert(Collection<Pupil> pupils, String sourceFile) {
        jdbc.batchUpdate("""
                INSERT INTO pupil (case_number, last_name, first_name, birth_date, sex, street, postal_code, city,
                    municipality_key, latitude, longitude, location_approximate, family_language, other_languages,
                    arrival_date, registered_date, schooling_years, last_grade, latin_literacy, german_level,
                    recommended_forms, counsellor_grade, family_id, wished_schools, barrier_free, special_needs,
                    interpreter_language, consent, notes, source_file, previous_form, german_school_years,
                    nationality, birth_country, arrival_year, house_number)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?)
                ON CONFLICT (case_number) DO UPDATE SET last_name = excluded.last_name,
                    first_name = excluded.first_name, birth_date = excluded.birth_date, sex = excluded.sex,
                    street = excluded.street, postal_code = excluded.postal_code, city = excluded.city,
                    municipality_key = excluded.municipality_key, latitude = excluded.latitude,
                    longitude = excluded.longitude, location_approximate = excluded.location_approximate,
                    family_language = excluded.family_language, other_languages = excluded.other_languages,
                    arrival_date = excluded.arrival_date, registered_date = excluded.registered_date,
                    schooling_years = excluded.schooling_years, last_grade = excluded.last_grade,
                    latin_literacy = excluded.latin_literacy, german_level = excluded.german_level,
                    recommended_forms = excluded.recommended_forms, counsellor_grade = excluded.counsellor_grade,
                    family_id = excluded.family_id, wished_schools = excluded.wished_schools,
                    barrier_free = excluded.barrier_free, special_needs = excluded.special_needs,
                    interpreter_language = excluded.interpreter_language, consent = excluded.consent,
                    notes = excluded.notes, source_file = excluded.source_file,
                    previous_form = excluded.previous_form, german_school_years = excluded.german_school_years,
                    nationality = excluded.nationality, birth_country = excluded.birth_country,
                    arrival_year = excluded.arrival_year, house_number = excluded.house_number,
                    updated_at = now()
                """, pupils, BATCH_SIZE, (ps, pupil) -> {
            Address address = pupil.address();
            int i = 1;
            ps.setString(i++, pupil.caseNumber());
            ps.setString(i++, pupil.lastName());
            ps.setString(i++, pupil.firstName());
            ps.setObject(i++, pupil.birthDate());
            ps.setString(i++, pupil.sex());
            ps.setString(i++, address.street());
            ps.setString(i++, address.postalCode());
            ps.setString(i++, address.city());
            ps.setString(i++, address.municipalityKey());
            ps.setDouble(i++, address.position().latitude());
            ps.setDouble(i++, address.position().longitude());
            ps.setBoolean(i++, address.approximate());
            ps.setString(i++, pupil.familyLanguage());
            ps.setString(i++, pupil.otherLanguages());
            ps.setObject(i++, pupil.arrivalDate());
            ps.setObject(i++, pupil.registeredDate());
            ps.setObject(i++, pupil.schoolingYears());
            ps.setObject(i++, pupil.lastGrade());
            ps.setString(i++, pupil.latinLiteracy() == null ? null : pupil.latinLiteracy().name());
            ps.setString(i++, pupil.germanLevel() == null ? null : pupil.germanLevel().name());
            ps.setString(i++, pupil.recommendedForms().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(",")));
            ps.setObject(i++, pupil.counsellorGrade());
            ps.setString(i++, pupil.familyId());
            ps.setString(i++, String.join(",", pupil.wishedSchools()));
            ps.setBoolean(i++, pupil.barrierFree());
            ps.setString(i++, pupil.specialNeeds());
            ps.setString(i++, pupil.interpreterLanguage());
            ps.setObject(i++, pupil.consent());
            ps.setString(i++, pupil.notes());
            ps.setString(i++, sourceFile);
            ps.setString(i++, pupil.previousForm() == null ? null : pupil.previousForm().name());
            ps.setObject(i++, pupil.germanSchoolYears());
            ps.setString(i++, pupil.registry().nationality());
            ps.setString(i++, pupil.registry().birthCountry());
            ps.setObject(i++, pupil.registry().arrivalYear());
            ps.setString(i, pupil.registry().houseNumber());
        });
    }

    public List<Pupil> findAll() {
        return client.sql("SELECT * FROM pupil ORDER BY case_number").query(PupilRepository::pupil).list();
    }

    /** Pupils to plan: all but those whose personal data has been anonymised (placed long ago). */
    public List<Pupil> findPlannable() {
        return client.sql("SELECT * FROM pupil WHERE anonymised_at IS NULL ORDER BY case_number")
                .query(PupilRepository::pupil).list();
    }

    /**
     * True when the pupil's personal data was anonymised (retention): name and birth date then hold
     * placeholders (the birth year on 1 January) and must not be shown as if real.
     */
    public boolean isAnonymised(String caseNumber) {
        return client.sql("SELECT count(*) FROM pupil WHERE case_number = ? AND anonymised_at IS NOT NULL")
                .param(caseNumber).query(Integer.class).single() > 0;
    }

    /**
     * Removes the personal data of these pupils (DSGVO), keeping what statistics need: name and notes
     * replaced by the marker, birth date kept to its year, street dropped, position rounded to about 1 km.
     * Pupils anonymised before are left as they are. One array parameter, since a whole state's pupils are
     * more than a statement's bind parameters.
     *
     * @return how many pupils were anonymised now
     */
    public int anonymise(List<String> caseNumbers, String marker) {
        if (caseNumbers.isEmpty()) {
            return 0;
        }
        return client.sql("""
                UPDATE pupil SET last_name = :marker, first_name = :marker,
                    birth_date = make_date(extract(year FROM birth_date)::int, 1, 1),
                    street = NULL, notes = NULL, interpreter_language = NULL, house_number = NULL,
                    latitude = round(latitude::numeric, 2), longitude = round(longitude::numeric, 2),
                    anonymised_at = now()
                WHERE anonymised_at IS NULL AND case_number = ANY(:cases)
                """).param("marker", marker).param("cases", caseNumbers.toArray(String[]::new)).update();
    }

    public Optional<Pupil> find(String caseNumber) {
        return client.sql("SELECT * FROM pupil WHERE case_number = ?").param(caseNumber)
                .query(PupilRepository::pupil).optional();
    }

    private static Pupil pupil(ResultSet rs, int rowNum) throws SQLException {
        Address address = new Address(rs.getString("street"), rs.getString("postal_code"), rs.getString("city"),
                rs.getString("municipality_key"), new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")),
                rs.getBoolean("location_approximate"));
        return new Pupil(rs.getString("case_number"), rs.getString("last_name"), rs.getString("first_name"),
                localDate(rs, "birth_date"), rs.getString("sex"), address, rs.getString("family_language"),
                rs.getString("other_languages"), localDate(rs, "arrival_date"), localDate(rs, "registered_date"),
                rs.getObject("schooling_years", Integer.class), rs.getObject("last_grade", Integer.class),
                rs.getString("latin_literacy") == null ? null : LatinLiteracy.valueOf(rs.getString("latin_literacy")),
                rs.getString("german_level") == null ? null : GermanLevel.valueOf(rs.getString("german_level")),
                forms(rs.getString("recommended_forms")), rs.getObject("counsellor_grade", Integer.class),
                rs.getString("family_id"), list(rs.getString("wished_schools")), rs.getBoolean("barrier_free"),
                rs.getString("special_needs"), rs.getString("interpreter_language"),
                rs.getObject("consent", Boolean.class), rs.getString("notes"),
                rs.getString("previous_form") == null ? null : SchoolForm.valueOf(rs.getString("previous_form")),
                rs.getObject("german_school_years", Integer.class),
                new Pupil.RegistryDetails(rs.getString("nationality"), rs.getString("birth_country"),
                        rs.getObject("arrival_year", Integer.class), rs.getString("house_number")));
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Set<SchoolForm> forms(String csv) {
        return list(csv).stream().map(SchoolForm::valueOf).collect(Collectors.toSet());
    }

    private static List<String> list(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
    }
}
