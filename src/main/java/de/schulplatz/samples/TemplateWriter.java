package de.schulplatz.samples;

import de.schulplatz.excel.ColumnSpec;
import de.schulplatz.excel.DropDowns;
import de.schulplatz.excel.TableSheet;
import de.schulplatz.excel.WorkbookStyles;
import de.schulplatz.intake.CorrectionColumn;
import de.schulplatz.intake.PupilColumn;
import de.schulplatz.intake.QuotaColumn;
import de.schulplatz.intake.RegularPlaceColumn;
import de.schulplatz.intake.SchoolColumn;
import de.schulplatz.intake.SheetKind;
import de.schulplatz.intake.TransitionColumn;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the empty input templates: the header row (required columns marked "*"), drop-down lists for
 * coded columns, and a sheet "Erläuterungen" describing every column. Built from the same column
 * definitions the import uses, so template and import cannot drift apart.
 */
public final class TemplateWriter {

    public static final String SCHOOLS_TEMPLATE = "Vorlage_Schulen.xlsx";
    public static final String PUPILS_TEMPLATE = "Vorlage_Schueler.xlsx";
    public static final String CORRECTIONS_TEMPLATE = "Vorlage_Korrekturen.xlsx";
    public static final String TRANSITION_TEMPLATE = "Vorlage_Uebergang.xlsx";
    static final String EXPLANATION_SHEET = "Erläuterungen";

    private TemplateWriter() {
    }

    public static void writeTemplates(Path folder) {
        try {
            Files.createDirectories(folder);
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                WorkbookStyles styles = new WorkbookStyles(workbook);
                emptySheet(styles, SheetKind.SCHULEN.sheetName(), Arrays.asList(SchoolColumn.values()));
                emptySheet(styles, SheetKind.FREIE_PLAETZE.sheetName(), Arrays.asList(QuotaColumn.values()));
                explanations(styles, List.of(SheetKind.SCHULEN, SheetKind.FREIE_PLAETZE),
                        List.of(Arrays.asList(SchoolColumn.values()), Arrays.asList(QuotaColumn.values())));
                save(workbook, folder.resolve(SCHOOLS_TEMPLATE));
            }
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                WorkbookStyles styles = new WorkbookStyles(workbook);
                emptySheet(styles, SheetKind.SCHUELER.sheetName(), Arrays.asList(PupilColumn.values()));
                explanations(styles, List.of(SheetKind.SCHUELER), List.of(Arrays.asList(PupilColumn.values())));
                save(workbook, folder.resolve(PUPILS_TEMPLATE));
            }
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                WorkbookStyles styles = new WorkbookStyles(workbook);
                emptySheet(styles, SheetKind.KORREKTUREN.sheetName(), Arrays.asList(CorrectionColumn.values()));
                explanations(styles, List.of(SheetKind.KORREKTUREN), List.of(Arrays.asList(CorrectionColumn.values())));
                save(workbook, folder.resolve(CORRECTIONS_TEMPLATE));
            }
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                WorkbookStyles styles = new WorkbookStyles(workbook);
                emptySheet(styles, SheetKind.UEBERGANG.sheetName(), Arrays.asList(TransitionColumn.values()));
                emptySheet(styles, SheetKind.PLAETZE_REGELKLASSEN.sheetName(), Arrays.asList(RegularPlaceColumn.values()));
                explanations(styles, List.of(SheetKind.UEBERGANG, SheetKind.PLAETZE_REGELKLASSEN),
                        List.of(Arrays.asList(TransitionColumn.values()), Arrays.asList(RegularPlaceColumn.values())));
                save(workbook, folder.resolve(TRANSITION_TEMPLATE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Header text as written in templates: required columns end in " *" (the import ignores the star). */
    public static String headerText(ColumnSpec column) {
        return column.required() ? column.header() + " *" : column.header();
    }

    static Sheet emptySheet(WorkbookStyles styles, String name, List<? extends ColumnSpec> columns) {
        Sheet sheet = TableSheet.create(styles, name, columns.stream().map(TemplateWriter::headerText).toList())
                .finish();
        DropDowns.add(sheet, columns);
        return sheet;
    }

    private static void explanations(WorkbookStyles styles, List<SheetKind> kinds,
            List<List<? extends ColumnSpec>> columnsPerKind) {
        TableSheet sheet = TableSheet.create(styles, EXPLANATION_SHEET,
                List.of("Tabelle", "Spalte", "Pflicht", "Erlaubte Werte", "Bedeutung"));
        for (int k = 0; k < kinds.size(); k++) {
            for (ColumnSpec column : columnsPerKind.get(k)) {
                sheet.row(kinds.get(k).sheetName(), column.header(), column.required() ? "ja" : "nein",
                        String.join(", ", column.choices()), column.description());
            }
        }
        sheet.finish();
    }

    private static void save(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
