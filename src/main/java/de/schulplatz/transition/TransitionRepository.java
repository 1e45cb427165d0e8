package de.schulplatz.transition;

import de.schulplatz.schoolsystem.SchoolForm;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The transition cases (upsert by Fallnummer) and the regular-class places (a report replaces a school's). */
@Repository
public class TransitionRepository {

    private static final int BATCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    TransitionRepository(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    public void upsertCases(Collection<TransitionCase> cases, String sourceFile) {
        jdbc.batchUpdate("""
                INSERT INTO transition_case (case_number, current_school, grade, decided_form, move_date, source_file)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_number) DO UPDATE SET current_school = excluded.current_school,
                    grade = excluded.grade, decided_form = excluded.decided_form, move_date = excluded.move_date,
                    source_file = excluded.source_file, updated_at = now()
                """, cases, BATCH_SIZE, (ps, c) -> {
                    ps.setString(1, c.caseNumber());
                    ps.setString(2, c.currentSchool());
                    ps.setInt(3, c.grade());
                    ps.setString(4, c.decidedForm().name());
                    ps.setObject(5, c.moveDate());
                    ps.setString(6, sourceFile);
                });
    }

    /** Replaces the regular-class places of the schools reported. */
    public void replacePlaces(Map<String, List<RegularPlace>> bySchool) {
        jdbc.batchUpdate("DELETE FROM regular_place WHERE school_number = ?", bySchool.keySet(), BATCH_SIZE,
                (ps, school) -> ps.setString(1, school));
        jdbc.batchUpdate("INSERT INTO regular_place (school_number, grade, free_places) VALUES (?, ?, ?)",
                bySchool.values().stream().flatMap(List::stream).toList(), BATCH_SIZE, (ps, place) -> {
                    ps.setString(1, place.schoolNumber());
                    ps.setInt(2, place.grade());
                    ps.setInt(3, place.freePlaces());
                });
    }

    public List<TransitionCase> cases() {
        return client.sql("SELECT * FROM transition_case ORDER BY case_number")
                .query((rs, n) -> new TransitionCase(rs.getString("case_number"), rs.getString("current_school"),
                        rs.getInt("grade"), SchoolForm.valueOf(rs.getString("decided_form")),
                        rs.getObject("move_date", LocalDate.class)))
                .list();
    }

    public Map<String, List<RegularPlace>> placesBySchool() {
        return client.sql("SELECT * FROM regular_place ORDER BY school_number, grade")
                .query((rs, n) -> new RegularPlace(rs.getString("school_number"), rs.getInt("grade"),
                        rs.getInt("free_places")))
                .list().stream().collect(Collectors.groupingBy(RegularPlace::schoolNumber));
    }
}
