package de.schulplatz.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.schulplatz.intake.PupilColumn;
import de.schulplatz.intake.QuotaColumn;
import de.schulplatz.schoolsystem.GradeRule;
import de.schulplatz.schoolsystem.GroupKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataGeneratorTest {

    /** Where the shared data lies beside a clone of the repository, as on the developers' machines and CI. */
    private static final Path SHARED_KREIS_EXTRACT = Path.of("../shared/data/kreise-schulen.csv");

    @TempDir
    Path temp;

    @Test
    void committedSampleDataIsWhatTheDocumentedCommandGenerates() throws IOException {
        assumeTrue(Files.isRegularFile(SHARED_KREIS_EXTRACT), "shared/data is not beside the repository");
        Path generated = temp.resolve("sample-data");
        // The command of sample-data/README.md.
        SampleDataGenerator.generate(SHARED_KREIS_EXTRACT, "766", 300, 42, generated);

        for (String file : List.of(SampleDataGenerator.SCHOOLS_FILE, SampleDataGenerator.PUPILS_FILE,
                SampleDataGenerator.TRANSITION_FILE)) {
            assertThat(WorkbookCells.of(generated.resolve(file))).as(file)
                    .isEqualTo(WorkbookCells.of(Path.of("sample-data", file)));
        }
    }

    @Test
    void sameSeedGivesTheSameCellsAndAnotherSeedOthers() throws IOException {
        Path csv = kreisExtract();
        SampleDataGenerator.generate(csv, "766", 40, 7, temp.resolve("a"));
        SampleDataGenerator.generate(csv, "766", 40, 7, temp.resolve("b"));
        SampleDataGenerator.generate(csv, "766", 40, 8, temp.resolve("c"));

        for (String file : List.of(SampleDataGenerator.SCHOOLS_FILE, SampleDataGenerator.PUPILS_FILE)) {
            assertThat(WorkbookCells.of(temp.resolve("b").resolve(file))).as(file)
                    .isEqualTo(WorkbookCells.of(temp.resolve("a").resolve(file)));
        }
        assertThat(WorkbookCells.of(temp.resolve("c").resolve(SampleDataGenerator.PUPILS_FILE)))
                .isNotEqualTo(WorkbookCells.of(temp.resolve("a").resolve(SampleDataGenerator.PUPILS_FILE)));
    }

    @Test
    void aBerufskollegReportsOnlyIfkPlacesAndOtherSchoolsNone() throws IOException {
        SampleDataGenerator.generate(kreisExtract(), "766", 10, 42, temp);

        List<List<String>> quotas = rows(temp.resolve(SampleDataGenerator.SCHOOLS_FILE), "Freie Plätze");
        int school = QuotaColumn.SCHULNUMMER.ordinal();
        int kind = QuotaColumn.GRUPPENART.ordinal();
        assertThat(quotas).filteredOn(row -> row.get(school).equals("200003"))
                .extracting(row -> row.get(kind)).containsOnly(GroupKind.IFK.label());
        assertThat(quotas).filteredOn(row -> !row.get(school).equals("200003"))
                .extracting(row -> row.get(kind)).doesNotContain(GroupKind.IFK.label());
    }

    @Test
    void pupilsAreBornIntoCohortsOfGradesZeroToThirteenAndEndInFourFaultyRows() throws IOException {
        SampleDataGenerator.generate(kreisExtract(), "766", 60, 42, temp);

        Path file = temp.resolve(SampleDataGenerator.PUPILS_FILE);
        List<List<String>> pupils = rows(file, "Schüler");
        assertThat(pupils).hasSize(64);
        assertThat(pupils).extracting(row -> row.get(PupilColumn.FALLNUMMER.ordinal()))
                .allMatch(number -> number.startsWith("KI-766-2026-"));
        assertThat(pupils.subList(60, 64)).extracting(row -> row.get(PupilColumn.GEBURTSDATUM.ordinal()))
                .containsExactly("31.02.2015", "12.03.2014", "05.06.2012", "17.09.2016");
        for (LocalDate birthDate : birthDates(file)) {
            assertThat(GradeRule.ageTypicalGrade(birthDate, PupilSheet.SCHOOL_YEAR)).isBetween(0, 13);
        }
    }

    @Test
    void anUnknownSizeNamesTheKnownOnes() {
        assertThatThrownBy(() -> SampleDataGenerator.Size.of("berlin"))
                .hasMessage("unbekannte Größe berlin; bekannt: [lippe, koeln, detmold-region, nrw, nrw-2024]");
    }

    /** Invented schools in the Kreis extract's format: a Grundschule, a Gymnasium and a Berufskolleg. */
    private Path kreisExtract() throws IOException {
        return Files.write(temp.resolve("kreise.csv"), List.of(
                "Kreis;SchulNr;RegSchl;Gemeinde;SF;OeffPri;Name;PLZ;Ort;Strasse;UTM_E;UTM_N;lat;lon",
                "766;200001;05766020;Detmold;02;1;Grundschule Am Hang;32756;Detmold;Hangweg 1;491583;5755482;51.95;8.877",
                "766;200002;05766044;Lemgo;20;1;Gymnasium Am Fluss;32657;Lemgo;Flussweg 2;494000;5765000;52.03;8.91",
                "766;200003;05766020;Detmold;30;2;Berufskolleg Am Berg;32756;Detmold;Bergweg 3;492000;5756000;51.955;8.883"),
                StandardCharsets.UTF_8);
    }

    /** The data rows of a sheet as shown text, one entry per column (empty where no cell). */
    private static List<List<String>> rows(Path file, String sheetName) throws IOException {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = workbook.getSheet(sheetName);
            int columns = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> values = new ArrayList<>();
                for (int i = 0; i < columns; i++) {
                    Cell cell = row.getCell(i);
                    values.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    /** The birth dates written as dates; some are written as text on purpose and are left out. */
    private static List<LocalDate> birthDates(Path file) throws IOException {
        List<LocalDate> dates = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Row row : workbook.getSheet("Schüler")) {
                Cell cell = row.getCell(PupilColumn.GEBURTSDATUM.ordinal());
                if (row.getRowNum() > 0 && cell != null && cell.getCellType() == CellType.NUMERIC) {
                    dates.add(cell.getLocalDateTimeCellValue().toLocalDate());
                }
            }
        }
        return dates;
    }
}
