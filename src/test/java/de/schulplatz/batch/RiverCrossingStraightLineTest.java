package de.schulplatz.batch;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The input of {@link WalkingRoutesRunTest} without an extract: every way is the straight line, and says so. */
@DatabaseTest
class RiverCrossingStraightLineTest {

    @Autowired
    PlacementRunner runner;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void withoutAnExtractTheSchoolNearerByLineWinsAndEveryOutputSaysLuftlinie() throws Exception {
        Path out = temp.resolve("out");
        runner.run(RiverCrossing.input(temp.resolve("in")), out, RiverCrossing.DAY);

        Map<String, Map<String, String>> csv = RiverCrossing.placements(out);
        assertThat(csv.get("K-1")).containsEntry("Schulnummer", RiverCrossing.SCHOOL_A)
                .containsEntry("Messung", "Luftlinie").containsEntry("Entfernung_km", "0.3");
        assertThat(csv.get("K-2")).containsEntry("Schulnummer", RiverCrossing.SCHOOL_B);
        Path list = out.resolve("Zuweisungen_Schulamt_fuer_den_Kreis_Lippe.xlsx");
        assertThat(RiverCrossing.listRow(list, "K-1")).containsEntry("Gemessen als", "Luftlinie")
                .containsEntry("Fahrkosten erstattet", "nein");
        assertThat(RiverCrossing.row(list, "Auswertung", "Schulweg gemessen als")).containsExactly(
                "Schulweg gemessen als", "Luftlinie", "Luftlinie");
        assertThat(RiverCrossing.row(out.resolve("Fehlerbericht.xlsx"), "Fehler und Hinweise", "Hinweis")).isEmpty();
    }
}
