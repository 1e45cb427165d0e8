package de.schulplatz.overrides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.schulplatz.intake.PupilImport;
import de.schulplatz.intake.SchoolImport;
import de.schulplatz.runs.RunRepository;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.TestWorkbooks;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Overrides that cannot hold are rejected with a reason; the others are stored with who, when, why. */
@DatabaseTest
class OverrideServiceTest {

    private static final String GRUNDSCHULE = "100001";
    private static final String GYMNASIUM = "100002";

    @Autowired
    OverrideService service;
    @Autowired
    SchoolImport schoolImport;
    @Autowired
    PupilImport pupilImport;
    @Autowired
    RunRepository runs;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path input;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        runs.register(1, LocalDate.now(), 1, "in", "out");
        TestWorkbooks workbook = new TestWorkbooks();
        workbook.sheet("Schulen", "Schulnummer", "Name", "Schulform", "Breitengrad", "Längengrad", "Gemeindeschlüssel")
                .header()
                .row(GRUNDSCHULE, "Grundschule", "GS", 51.94, 8.87, "05766020")
                .row(GYMNASIUM, "Gymnasium", "GY", 51.95, 8.88, "05766020");
        workbook.sheet("Freie Plätze", "Schulnummer", "Jahrgang von", "Jahrgang bis", "Freie Plätze")
                .header()
                .row(GRUNDSCHULE, 1, 4, 1)
                .row(GYMNASIUM, 5, 10, 3);
        // A is in grade 2 or 3 (whatever today's school year), B too; C is in lower secondary.
        LocalDate today = LocalDate.now();
        workbook.sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ")
                .header()
                .row("A", "Muster", "Ann", today.minusYears(8), "32756")
                .row("B", "Muster", "Ben", today.minusYears(8), "32756")
                .row("C", "Muster", "Cem", today.minusYears(12), "32756");
        workbook.writeTo(input.resolve("daten.xlsx"));
        schoolImport.importFrom(input, 1, today);
        pupilImport.importFrom(input, 1, today);
    }

    @Test
    void pinIsStoredWithWhoAndWhy() {
        Override pin = service.apply(request(OverrideAction.FEST_ZUWEISEN, "A", GRUNDSCHULE));

        assertThat(pin.isActive()).isTrue();
        assertThat(pin.createdBy()).isEqualTo("Frau Test");
        assertThat(pin.reason()).isEqualTo("Grund");
        assertThat(service.list(false)).containsExactly(pin);
    }

    /** A Korrekturen sheet is applied by a run: the pupil's grade is that of the run's school year. */
    @Test
    void aPinIsCheckedForThePlanningDateItIsAppliedFor() {
        LocalDate threeYearsOn = LocalDate.now().plusYears(3);

        assertThatThrownBy(() -> service.apply(request(OverrideAction.FEST_ZUWEISEN, "A", GYMNASIUM)))
                .isInstanceOf(OverrideRejectedException.class).hasMessageContaining("passt nicht zu Jahrgang");
        assertThat(service.apply(request(OverrideAction.FEST_ZUWEISEN, "A", GYMNASIUM), threeYearsOn).schoolNumber())
                .isEqualTo(GYMNASIUM);
    }

    @Test
    void unknownCaseOrSchoolIsRejected() {
        assertThatThrownBy(() -> service.apply(request(OverrideAction.FEST_ZUWEISEN, "X", GRUNDSCHULE)))
                .isInstanceOf(OverrideRejectedException.class).hasMessage("Fallnummer X ist nicht bekannt");
        assertThatThrownBy(() -> service.apply(request(OverrideAction.AUSSCHLIESSEN, "A", "999999")))
                .hasMessage("Schulnummer 999999 ist nicht bekannt");
        assertThat(service.list(true)).isEmpty();
    }

    @Test
    void pinToASchoolThatDoesNotFitTheGradeIsRejected() {
        assertThatThrownBy(() -> service.apply(request(OverrideAction.FEST_ZUWEISEN, "A", GYMNASIUM)))
                .hasMessageContaining("die Schulform Gymnasium passt nicht zu Jahrgang");
    }

    @Test
    void pinBeyondTheFreePlacesIsRejected() {
        service.apply(request(OverrideAction.FEST_ZUWEISEN, "A", GRUNDSCHULE));

        assertThatThrownBy(() -> service.apply(request(OverrideAction.FEST_ZUWEISEN, "B", GRUNDSCHULE)))
                .hasMessageContaining("1 freie Plätze, davon 1 schon fest vergeben");
    }

    @Test
    void excludingThePinnedSchoolIsRejectedUntilThePinIsReleased() {
        Override pin = service.apply(request(OverrideAction.FEST_ZUWEISEN, "A", GRUNDSCHULE));
        assertThatThrownBy(() -> service.apply(request(OverrideAction.AUSSCHLIESSEN, "A", GRUNDSCHULE)))
                .hasMessageContaining("fest zugewiesen (Korrektur Nr. " + pin.id() + ")");

        service.apply(OverrideRequest.release(pin.id(), "Schule hat abgelehnt", "Frau Test", "Test"));
        Override exclusion = service.apply(request(OverrideAction.AUSSCHLIESSEN, "A", GRUNDSCHULE));

        assertThat(exclusion.isActive()).isTrue();
        assertThat(service.list(true)).extracting(Override::action)
                .containsExactly(OverrideAction.FEST_ZUWEISEN, OverrideAction.AUFHEBEN, OverrideAction.AUSSCHLIESSEN);
        assertThat(service.list(true).get(0).releaseReason()).isEqualTo("Schule hat abgelehnt");
    }

    @Test
    void newerPinReplacesTheOlder() {
        Override first = service.apply(request(OverrideAction.FEST_ZUWEISEN, "C", GYMNASIUM));
        service.apply(request(OverrideAction.ZURUECKZIEHEN, "A", null));
        Override second = service.apply(request(OverrideAction.FEST_ZUWEISEN, "C", GYMNASIUM));

        assertThat(service.list(false)).extracting(Override::id).doesNotContain(first.id()).contains(second.id());
    }

    @Test
    void withdrawnPupilCannotBePinnedUntilBroughtBack() {
        Override withdrawal = service.apply(request(OverrideAction.ZURUECKZIEHEN, "A", null));
        assertThatThrownBy(() -> service.apply(request(OverrideAction.FEST_ZUWEISEN, "A", GRUNDSCHULE)))
                .hasMessageContaining("zurückgezogen");

        service.apply(OverrideRequest.release(withdrawal.id(), "wieder da", "Frau Test", "Test"));

        assertThat(service.apply(request(OverrideAction.FEST_ZUWEISEN, "A", GRUNDSCHULE)).isActive()).isTrue();
    }

    @Test
    void confirmationNeedsAPublishedPlacement() {
        assertThatThrownBy(() -> service.apply(request(OverrideAction.BESTAETIGEN, "A", null)))
                .hasMessageContaining("keinen Schulplatz");
    }

    @Test
    void changeOfPlacesMustFitTheSchoolForm() {
        OverrideRequest wrongGrades = new OverrideRequest(OverrideAction.PLAETZE_AENDERN, null, GRUNDSCHULE,
                de.schulplatz.schoolsystem.GroupKind.DEUTSCHFOERDERUNG, 5, 6, 2, null, null, "Grund", "Frau Test",
                "Test", null);
        assertThatThrownBy(() -> service.apply(wrongGrades)).hasMessageContaining("unterrichtet nicht");
    }

    @Test
    void aReasonIsRequired() {
        assertThatThrownBy(() -> service.apply(OverrideRequest.forPupil(OverrideAction.ZURUECKZIEHEN, "A", null, " ",
                "Frau Test", "Test"))).hasMessage("ein Grund ist anzugeben");
    }

    private static OverrideRequest request(OverrideAction action, String caseNumber, String school) {
        return OverrideRequest.forPupil(action, caseNumber, school, "Grund", "Frau Test", "Test");
    }
}
