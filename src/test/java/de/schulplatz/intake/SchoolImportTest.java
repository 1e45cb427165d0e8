package de.schulplatz.intake;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.intake.ImportProblem.Severity;
import de.schulplatz.runs.RunRepository;
import de.schulplatz.schools.School;
import de.schulplatz.schools.SchoolRepository;
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

/** Importing the sheets "Schulen" and "Freie Plätze". */
@DatabaseTest
class SchoolImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final long RUN = 1;

    @Autowired
    SchoolImport schoolImport;
    @Autowired
    SchoolRepository schools;
    @Autowired
    ImportRepository imports;
    @Autowired
    RunRepository runs;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path input;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        runs.register(RUN, LocalDate.of(2026, 11, 21), 1, "in", "out");
    }

    @Test
    void utmCoordinatesLeadingZerosAndDerivedAuthority() {
        TestWorkbooks workbook = new TestWorkbooks();
        workbook.sheet("Schulen", "Schulnummer", "Name", "Schulform", "Rechtswert", "Hochwert", "Gemeindeschlüssel")
                .header()
                .row("012345", "Grundschule Test", "02", 491583, 5755482, "05766020")
                .row(100035, "Gymnasium Test", "GY", 491583, 5755482, null);
        workbook.sheet("Freie Plätze", "Schulnummer", "Jahrgang von", "Jahrgang bis", "Freie Plätze")
                .header()
                .row("012345", 1, 4, 3)
                .row("100035", "5", "10", "2");
        workbook.writeTo(input.resolve("schulen.xlsx"));

        schoolImport.importFrom(input, RUN, TODAY);

        assertThat(schools.findAll()).extracting(School::schoolNumber, School::authority).containsExactly(
                org.assertj.core.groups.Tuple.tuple("012345", "Schulamt für den Kreis Lippe"),
                org.assertj.core.groups.Tuple.tuple("100035", "Bezirksregierung Detmold"));
        School school = schools.findAll().get(0);
        assertThat(school.address().position().latitude()).isCloseTo(51.94998, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(schools.findAllQuotas()).containsOnlyKeys("012345", "100035");
    }

    @Test
    void quotaForAGradeTheSchoolFormDoesNotTeachIsRejected() {
        TestWorkbooks workbook = new TestWorkbooks();
        workbook.sheet("Schulen", "Schulnummer", "Name", "Schulform", "Breitengrad", "Längengrad")
                .header()
                .row("123456", "Grundschule Test", "GS", "51,94", "8,87");
        workbook.sheet("Freie Plätze", "Schulnummer", "Jahrgang von", "Jahrgang bis", "Freie Plätze")
                .header()
                .row("123456", 1, 4, 3)
                .row("123456", 5, 6, 2)
                .row("123456", 3, 3, 1)
                .row("999999", 1, 1, 1);
        workbook.writeTo(input.resolve("schulen.xlsx"));

        schoolImport.importFrom(input, RUN, TODAY);

        assertThat(imports.problems(RUN)).filteredOn(p -> p.severity() == Severity.FEHLER)
                .extracting(ImportProblem::rowNumber, ImportProblem::reason)
                .satisfiesExactly(
                        p -> assertThat(p.toList()).containsExactly(3, "die Schulform Grundschule unterrichtet nicht die Jahrgänge 5-6"),
                        p -> assertThat((String) p.toList().get(1)).contains("überschneidet"),
                        p -> assertThat((String) p.toList().get(1)).contains("Schule unbekannt"));
        assertThat(schools.findAllQuotas().get("123456")).hasSize(1);
    }

    @Test
    void anAuthorityGivenInOtherSpellingResolvesToItsOfficialNameAndAnUnknownOneIsRejected() {
        TestWorkbooks workbook = new TestWorkbooks();
        workbook.sheet("Schulen", "Schulnummer", "Name", "Schulform", "Gemeindeschlüssel", "Schulaufsicht")
                .header()
                .row("100001", "GS Eins", "GS", "05766020", "Schulamt für den Kreis Lippe!")
                .row("100002", "GS Zwei", "GS", "05766020", "Schulamt fuer den Kreis Lippe")
                .row("100003", "GS Drei", "GS", "05766020", "schulamt für den  kreis lippe")
                .row("100004", "GS Vier", "GS", "05766020", "Schulamt Lippe")
                .row("100005", "GY Fünf", "GY", "05766020", "Schulamt für den Kreis Lippe");
        workbook.writeTo(input.resolve("schulen.xlsx"));

        schoolImport.importFrom(input, RUN, TODAY);

        assertThat(schools.findAll()).extracting(School::schoolNumber, School::authority).containsExactly(
                org.assertj.core.groups.Tuple.tuple("100001", "Schulamt für den Kreis Lippe"),
                org.assertj.core.groups.Tuple.tuple("100002", "Schulamt für den Kreis Lippe"),
                org.assertj.core.groups.Tuple.tuple("100003", "Schulamt für den Kreis Lippe"),
                org.assertj.core.groups.Tuple.tuple("100005", "Schulamt für den Kreis Lippe"));
        assertThat(imports.problems(RUN)).filteredOn(p -> p.severity() == Severity.FEHLER).singleElement()
                .satisfies(p -> {
                    assertThat(p.rowNumber()).isEqualTo(5);
                    assertThat(p.column()).isEqualTo("Schulaufsicht");
                    assertThat(p.reason()).startsWith("keine Schulaufsicht in NRW; erwartet wird der amtliche Name")
                            .contains("„Schulamt für den Kreis Lippe“");
                });
        assertThat(imports.problems(RUN)).filteredOn(p -> p.severity() == Severity.HINWEIS)
                .filteredOn(p -> p.column().equals("Schulaufsicht")).singleElement()
                .satisfies(p -> {
                    assertThat(p.rowNumber()).isEqualTo(6);
                    assertThat(p.reason()).contains("weicht von der aus Schulform und Gemeinde abgeleiteten ab")
                            .contains("„Bezirksregierung Detmold“");
                });
    }

    @Test
    void theFreePlacesOfTheReportReceivedLastReplaceTheOlderOnes() throws Exception {
        Path older = schoolsWithPlaces("plaetze-neu.xlsx", 3);
        Path newer = schoolsWithPlaces("plaetze-alt.xlsx", 1);
        java.nio.file.Files.setLastModifiedTime(older, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        java.nio.file.Files.setLastModifiedTime(newer, java.nio.file.attribute.FileTime.fromMillis(2_000_000));

        schoolImport.importFrom(input, RUN, TODAY);

        assertThat(schools.findAllQuotas().get("123456")).singleElement()
                .satisfies(quota -> assertThat(quota.freePlaces()).isEqualTo(1));
        assertThat(imports.problems(RUN)).noneMatch(p -> p.severity() == Severity.FEHLER);
        assertThat(imports.problems(RUN)).filteredOn(p -> p.fileName().equals("plaetze-neu.xlsx"))
                .extracting(ImportProblem::sheet, ImportProblem::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Schulen", "ersetzt durch die neuere Fassung in "
                                + "plaetze-alt.xlsx, Zeile 2 (später eingegangen); diese Zeile wird nicht importiert"),
                        org.assertj.core.groups.Tuple.tuple("Freie Plätze", "die freien Plätze dieser Schule stehen "
                                + "auch in der neueren Datei plaetze-alt.xlsx (später eingegangen); deren Angaben "
                                + "gelten, diese Zeile wird nicht importiert"));
    }

    private Path schoolsWithPlaces(String name, int places) {
        TestWorkbooks workbook = new TestWorkbooks();
        workbook.sheet("Schulen", "Schulnummer", "Name", "Schulform", "Breitengrad", "Längengrad")
                .header()
                .row("123456", "Grundschule Test", "GS", "51,94", "8,87");
        workbook.sheet("Freie Plätze", "Schulnummer", "Jahrgang von", "Jahrgang bis", "Freie Plätze")
                .header()
                .row("123456", 1, 4, places);
        return workbook.writeTo(input.resolve(name));
    }
}
