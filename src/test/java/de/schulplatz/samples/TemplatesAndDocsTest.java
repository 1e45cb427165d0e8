package de.schulplatz.samples;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.excel.ColumnSpec;
import de.schulplatz.intake.CorrectionColumn;
import de.schulplatz.intake.PupilColumn;
import de.schulplatz.intake.QuotaColumn;
import de.schulplatz.intake.RegularPlaceColumn;
import de.schulplatz.intake.SchoolColumn;
import de.schulplatz.intake.TransitionColumn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped templates and docs describe exactly the columns the import reads. */
class TemplatesAndDocsTest {

    @Test
    void overrideDocumentationNamesEveryCorrectionColumn() throws IOException {
        String docs = Files.readString(Path.of("docs/overrides.md"), StandardCharsets.UTF_8);
        Arrays.stream(CorrectionColumn.values())
                .forEach(column -> assertThat(docs).as(column.header()).contains("| " + column.header() + " |"));
    }

    @Test
    void inputDocumentationNamesEveryColumn() throws IOException {
        String docs = Files.readString(Path.of("docs/input-format.md"), StandardCharsets.UTF_8);
        Stream.of(SchoolColumn.values(), QuotaColumn.values(), PupilColumn.values(), TransitionColumn.values(),
                RegularPlaceColumn.values()).flatMap(Arrays::stream)
                .forEach(column -> assertThat(docs).as(column.header()).contains("| " + column.header() + " |"));
    }

    @Test
    void committedTemplatesMatchTheColumnDefinitions(@TempDir Path temp) throws IOException {
        assertThat(headers(Path.of("templates", TemplateWriter.PUPILS_TEMPLATE), "Schüler"))
                .isEqualTo(expected(PupilColumn.values()));
        assertThat(headers(Path.of("templates", TemplateWriter.SCHOOLS_TEMPLATE), "Schulen"))
                .isEqualTo(expected(SchoolColumn.values()));
        assertThat(headers(Path.of("templates", TemplateWriter.SCHOOLS_TEMPLATE), "Freie Plätze"))
                .isEqualTo(expected(QuotaColumn.values()));
        assertThat(headers(Path.of("templates", TemplateWriter.CORRECTIONS_TEMPLATE), "Korrekturen"))
                .isEqualTo(expected(CorrectionColumn.values()));
        assertThat(headers(Path.of("templates", TemplateWriter.TRANSITION_TEMPLATE), "Übergang"))
                .isEqualTo(expected(TransitionColumn.values()));
        assertThat(headers(Path.of("templates", TemplateWriter.TRANSITION_TEMPLATE), "Plätze Regelklassen"))
                .isEqualTo(expected(RegularPlaceColumn.values()));
    }

    @Test
    void templateOffersDropDownsForCodedColumns(@TempDir Path temp) throws IOException {
        TemplateWriter.writeTemplates(temp);
        try (Workbook workbook = WorkbookFactory.create(temp.resolve(TemplateWriter.PUPILS_TEMPLATE).toFile())) {
            long coded = Arrays.stream(PupilColumn.values()).filter(c -> !c.choices().isEmpty()).count();
            assertThat(workbook.getSheet("Schüler").getDataValidations()).hasSize((int) coded);
            assertThat(workbook.getSheet("Erläuterungen").getLastRowNum()).isEqualTo(PupilColumn.values().length);
        }
    }

    private static List<String> expected(ColumnSpec[] columns) {
        return Arrays.stream(columns).map(TemplateWriter::headerText).toList();
    }

    private static List<String> headers(Path file, String sheet) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Row header = workbook.getSheet(sheet).getRow(0);
            List<String> result = new ArrayList<>();
            for (Cell cell : header) {
                result.add(cell.getStringCellValue());
            }
            return result;
        }
    }
}
