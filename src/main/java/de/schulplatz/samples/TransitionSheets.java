package de.schulplatz.samples;

import de.schulplatz.intake.RegularPlaceColumn;
import de.schulplatz.intake.SheetKind;
import de.schulplatz.intake.TransitionColumn;
import de.schulplatz.samples.SampleWorkbook.ColumnSheet;
import de.schulplatz.schoolsystem.GradeRule;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schoolsystem.SchoolYear;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The sample's transition out of the initial German support: the sheet "Übergang" for pupils of the sample
 * who would be in grades 6-10 next year (their current school a Sek I school in their municipality; the
 * teachers decided that form for about six in ten, another for the rest, all moving on 1 August), and
 * "Plätze Regelklassen" for every Sek I school of the Kreis. Reads the sample's own pupils file.
 */
final class TransitionSheets {

    static final SchoolYear NEXT_YEAR = new SchoolYear(SampleDataGenerator.SCHOOL_YEAR.startYear() + 1);
    static final int PUPILS = 40;
    private static final List<SchoolForm> SEK_I = List.of(SchoolForm.HS, SchoolForm.RS, SchoolForm.SK, SchoolForm.GE,
            SchoolForm.GY);

    private record SamplePupil(String caseNumber, LocalDate birthDate, String municipality) {
    }

    private final List<SampleSchool> schools;
    private final Dice dice;

    TransitionSheets(List<SampleSchool> schools, Dice dice) {
        this.schools = schools.stream().filter(s -> SEK_I.contains(s.form())).toList();
        this.dice = dice;
    }

    void write(Path pupilsFile, Path file) throws IOException {
        try (SampleWorkbook workbook = new SampleWorkbook()) {
            ColumnSheet<TransitionColumn> cases = workbook.sheet(SheetKind.UEBERGANG, TransitionColumn.class);
            int written = 0;
            for (SamplePupil pupil : pupils(pupilsFile)) {
                int grade = GradeRule.ageTypicalGrade(pupil.birthDate(), NEXT_YEAR);
                List<SampleSchool> near = schools.stream().filter(s -> s.municipality().equals(pupil.municipality()))
                        .toList();
                if (grade < 6 || grade > 10 || near.isEmpty() || written == PUPILS) {
                    continue;
                }
                SampleSchool current = near.get(dice.nextInt(near.size()));
                SchoolForm decided = dice.nextInt(10) < 6 ? current.form() : SEK_I.get(dice.nextInt(SEK_I.size()));
                Map<TransitionColumn, Object> row = new EnumMap<>(TransitionColumn.class);
                row.put(TransitionColumn.FALLNUMMER, pupil.caseNumber());
                row.put(TransitionColumn.BISHERIGE_SCHULE, current.number());
                row.put(TransitionColumn.JAHRGANG, grade);
                row.put(TransitionColumn.SCHULFORM, decided.name());
                row.put(TransitionColumn.WECHSEL_ZUM, NEXT_YEAR.firstDay());
                cases.row(row);
                written++;
            }
            cases.finish();
            ColumnSheet<RegularPlaceColumn> places = workbook.sheet(SheetKind.PLAETZE_REGELKLASSEN, RegularPlaceColumn.class);
            for (SampleSchool school : schools) {
                for (int grade = 6; grade <= 10; grade++) {
                    Map<RegularPlaceColumn, Object> row = new EnumMap<>(RegularPlaceColumn.class);
                    row.put(RegularPlaceColumn.SCHULNUMMER, school.number());
                    row.put(RegularPlaceColumn.JAHRGANG, grade);
                    row.put(RegularPlaceColumn.FREIE_PLAETZE, dice.nextInt(3));
                    places.row(row);
                }
            }
            places.finish();
            workbook.save(file);
        }
    }

    /** Fallnummer, birth date and municipality of the sample's pupils, in the file's order. */
    private static List<SamplePupil> pupils(Path pupilsFile) throws IOException {
        List<SamplePupil> result = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(pupilsFile.toFile(), null, true)) {
            Sheet sheet = workbook.getSheet(SheetKind.SCHUELER.sheetName());
            Row header = sheet.getRow(0);
            int caseColumn = column(header, "Fallnummer");
            int birthColumn = column(header, "Geburtsdatum");
            int placeColumn = column(header, "Wohnort");
            for (Row row : sheet) {
                Cell birth = row.getCell(birthColumn);
                if (row.getRowNum() == 0 || birth == null || birth.getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC
                        || !DateUtil.isCellDateFormatted(birth)) {
                    continue; // the sample's deliberately faulty rows
                }
                result.add(new SamplePupil(formatter.formatCellValue(row.getCell(caseColumn)),
                        birth.getLocalDateTimeCellValue().toLocalDate(), formatter.formatCellValue(row.getCell(placeColumn))));
            }
        }
        return result;
    }

    private static int column(Row header, String name) {
        for (Cell cell : header) {
            if (name.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalStateException("sample pupils without column " + name);
    }
}
