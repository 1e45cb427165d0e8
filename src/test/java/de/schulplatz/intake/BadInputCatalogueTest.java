package de.schulplatz.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.schulplatz.excel.UnreadableWorkbookException;
import de.schulplatz.intake.ImportProblem.Severity;
import de.schulplatz.intake.ImportRepository.SheetCount;
import de.schulplatz.runs.RunRepository;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.TestWorkbooks;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The "bad input catalogue" of docs/input-errors.md: every hostile or faulty file is built here and run
 * through both import steps as the nightly run does. Each case checks its outcome (imported, imported
 * with a remark, row rejected, file rejected), the German message with file, sheet, row and column, and
 * that rows read = imported + rejected.
 */
@DatabaseTest
class BadInputCatalogueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final long RUN = 1;
    private static final String[] PUPIL_HEADERS = {"Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ"};

    @Autowired
    SchoolImport schoolImport;
    @Autowired
    PupilImport pupilImport;
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
        runs.register(RUN, TODAY, 1, "in", "out");
    }

    // ---- files that are rejected as a whole -----------------------------------------------------------

    @Test
    void csvRenamedToXlsxRejectsTheFile() throws Exception {
        Files.writeString(input.resolve("schueler.xlsx"), "Fallnummer;Nachname\nA-1;Muster\n", StandardCharsets.UTF_8);
        assertFileRejected("schueler.xlsx", "keine Excel-Arbeitsmappe (.xlsx)");
    }

    @Test
    void pdfRenamedToXlsxRejectsTheFile() throws Exception {
        Files.writeString(input.resolve("liste.xlsx"), "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
                StandardCharsets.ISO_8859_1);
        assertFileRejected("liste.xlsx", "PDF-Datei");
    }

    @Test
    void legacyXlsRejectsTheFileWhateverItsName() throws Exception {
        for (String name : List.of("alt.xls", "alt-umbenannt.xlsx")) {
            Path file = input.resolve(name);
            try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                workbook.createSheet("Schüler").createRow(0).createCell(0).setCellValue("Fallnummer");
                workbook.write(out);
            }
            assertFileRejected(name, ".xls");
            Files.delete(file);
        }
    }

    @Test
    void openDocumentSpreadsheetRejectsTheFileWithItsOwnMessage() throws Exception {
        for (String name : List.of("tabelle.ods", "tabelle-umbenannt.xlsx")) {
            Path file = input.resolve(name);
            writeOpenDocument(file);
            assertFileRejected(name, name.endsWith(".ods") ? "nicht OpenDocument-Tabellen (.ods); bitte in LibreOffice als „Excel 2007-365 (.xlsx)“ speichern"
                    : "es ist eine OpenDocument-Tabelle (.ods); bitte in LibreOffice als „Excel 2007-365 (.xlsx)“ speichern");
            Files.delete(file);
        }
    }

    @Test
    void passwordProtectedWorkbookRejectsTheFile() throws Exception {
        Path file = input.resolve("geheim.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Schüler").createRow(0).createCell(0).setCellValue("Fallnummer");
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("geheim");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                workbook.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertFileRejected("geheim.xlsx", "mit einem Passwort geschützt");
    }

    @Test
    void zipBombRejectsTheFileInsteadOfFillingTheMemory() throws Exception {
        // 64 MB of blanks inside the sheet XML pack into a file of less than 100 KB
        Path file = pupils().row("A-1", "Kovalenko", "Olena", "05.03.2015", "32756").done()
                .writeTo(input.resolve("bombe.xlsx"));
        TestWorkbooks.rewriteEntry(file, "xl/worksheets/sheet1.xml",
                xml -> xml.replace("<sheetData>", " ".repeat(64 << 20) + "<sheetData>"));
        assertThat(Files.size(file)).isLessThan(1 << 20);

        assertFileRejected("bombe.xlsx", "mögliche Zip-Bombe");
    }

    @Test
    void emptyFileRejectsTheFile() throws Exception {
        Files.createFile(input.resolve("leer.xlsx"));
        assertFileRejected("leer.xlsx", "die Datei ist leer (0 Byte)");
    }

    // ---- files that are read, but yield nothing ---------------------------------------------------------

    @Test
    void emptyWorkbookImportsNothingWithARemark() {
        new TestWorkbooks().sheet("Schüler").done().writeTo(input.resolve("leer-schueler.xlsx"));
        new TestWorkbooks().sheet("Tabelle1").done().writeTo(input.resolve("ohne-tabelle.xlsx"));

        assertThat(importAll()).isEqualTo(new ImportSummary(0, 0, 0, 0));

        assertThat(imports.problems(RUN)).extracting(ImportProblem::severity, ImportProblem::fileName,
                        ImportProblem::sheet, ImportProblem::reason)
                .contains(tuple(Severity.HINWEIS, "leer-schueler.xlsx", "Schüler", "Tabelle ist leer"),
                        tuple(Severity.HINWEIS, "ohne-tabelle.xlsx", "",
                                "keine Tabelle „Schulen“, „Freie Plätze“, „Schüler“, „Korrekturen“, „Übergang“ oder "
                                        + "„Plätze Regelklassen“ gefunden; Datei ignoriert"));
        assertCountsAddUp();
    }

    // ---- header problems ---------------------------------------------------------------------------------

    @Test
    void missingRequiredColumnRejectsEveryRowNamingTheColumn() {
        new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "PLZ")
                .header()
                .row("A-1", "Kovalenko", "Olena", "32756")
                .row("A-2", "Nasser", "Ali", "32756")
                .done().writeTo(input.resolve("schueler.xlsx"));

        assertThat(importAll()).isEqualTo(new ImportSummary(2, 0, 2, 0));

        assertThat(errors()).extracting(ImportProblem::rowNumber, ImportProblem::column)
                .containsExactly(tuple(1, "Geburtsdatum"), tuple(2, "Geburtsdatum"), tuple(3, "Geburtsdatum"));
        assertThat(errors().get(0).reason()).isEqualTo("Pflichtspalte fehlt; keine Zeile dieser Tabelle wird importiert");
        assertCountsAddUp();
    }

    @Test
    void duplicatedHeaderUsesTheLeftColumnWithARemark() {
        new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ", "Vorname")
                .header()
                .row("A-1", "Kovalenko", "Olena", "05.03.2015", "32756", "Olga")
                .done().writeTo(input.resolve("schueler.xlsx"));

        assertThat(importAll()).isEqualTo(new ImportSummary(1, 1, 0, 0));

        assertThat(jdbc.queryForObject("SELECT first_name FROM pupil", String.class)).isEqualTo("Olena");
        assertThat(remarks()).extracting(ImportProblem::rowNumber, ImportProblem::column, ImportProblem::reason)
                .contains(tuple(1, "Vorname", "Spalte kommt doppelt vor; die erste (linke) wird verwendet"));
        assertCountsAddUp();
    }

    @Test
    void unknownColumnsAreIgnoredWithARemark() {
        new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ",
                        "Lieblingsfarbe", "Schuhgröße")
                .header()
                .row("A-1", "Kovalenko", "Olena", "05.03.2015", "32756", "blau", 34)
                .done().writeTo(input.resolve("schueler.xlsx"));

        assertThat(importAll()).isEqualTo(new ImportSummary(1, 1, 0, 0));

        assertThat(remarks()).extracting(ImportProblem::column, ImportProblem::reason)
                .contains(tuple("Lieblingsfarbe", "unbekannte Spalte wird ignoriert"),
                        tuple("Schuhgröße", "unbekannte Spalte wird ignoriert"));
        assertCountsAddUp();
    }

    // ---- duplicates ------------------------------------------------------------------------------------------

    @Test
    void sameCaseNumberTwiceInOneFileRejectsTheLaterRow() {
        pupils().row("A-1", "Kovalenko", "Olena", "05.03.2015", "32756")
                .row("A-1", "Kovalenko", "Olga", "05.03.2015", "32756")
                .done().writeTo(input.resolve("schueler.xlsx"));

        assertThat(importAll()).isEqualTo(new ImportSummary(2, 1, 1, 0));

        assertThat(errors()).singleElement().satisfies(p -> {
            assertThat(p.rowNumber()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("Fallnummer");
            assertThat(p.reason()).isEqualTo("Fallnummer doppelt; bereits gelesen in schueler.xlsx, Zeile 2");
        });
        assertCountsAddUp();
    }

    @Test
    void sameCaseNumberInTwoFilesTakesTheRowOfTheFileReceivedLast() throws Exception {
        Path older = pupils().row("A-1", "Kovalenko", "Olena", "05.03.2015", "32756").done().writeTo(input.resolve("b.xlsx"));
        Path newer = pupils().row("A-1", "Kovalenko", "Olga", "05.03.2015", "32756").done().writeTo(input.resolve("a.xlsx"));
        Files.setLastModifiedTime(older, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(newer, java.nio.file.attribute.FileTime.fromMillis(2_000_000));

        assertThat(importAll()).isEqualTo(new ImportSummary(2, 1, 0, 1));

        assertThat(errors()).isEmpty();
        assertThat(imports.problems(RUN)).filteredOn(p -> p.fileName().equals("b.xlsx")).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("ersetzt durch die neuere Fassung in a.xlsx, Zeile 2 "
                        + "(später eingegangen); diese Zeile wird nicht importiert"));
        assertThat(jdbc.queryForObject("SELECT first_name FROM pupil", String.class)).isEqualTo("Olga");
        assertCountsAddUp();
    }

    // ---- dates and grades ---------------------------------------------------------------------------------

    @Test
    void impossibleFutureAndOutOfAgeBirthDatesRejectTheRow() {
        pupils().row("A-1", "Nasser", "Ali", "31.02.2015", "32756")
                .row("A-2", "Nasser", "Sara", LocalDate.of(2027, 1, 1), "32756")
                .row("A-3", "Nasser", "Baby", "01.01.2024", "32756")
                .row("A-4", "Nasser", "Opa", "01.01.1950", "32756")
                .row("A-5", "Nasser", "Omar", "05.03.2015", "32756")
                .done().writeTo(input.resolve("schueler.xlsx"));

        assertThat(importAll()).isEqualTo(new ImportSummary(5, 1, 4, 0));

        assertThat(errors()).extracting(ImportProblem::rowNumber, ImportProblem::column, ImportProblem::value,
                        ImportProblem::reason)
                .containsExactly(
                        tuple(2, "Geburtsdatum", "31.02.2015", "kein gültiges Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT)"),
                        tuple(3, "Geburtsdatum", "01.01.2027", "Geburtsdatum liegt in der Zukunft"),
                        tuple(4, "Geburtsdatum", "01.01.2024", "Alter 2 Jahre liegt außerhalb des Schulalters (5-27)"),
                        tuple(5, "Geburtsdatum", "01.01.1950", "Alter 76 Jahre liegt außerhalb des Schulalters (5-27)"));
        assertCountsAddUp();
    }

    @Test
    void counsellorGradeFarFromTheAgeTypicalGradeIsImportedWithARemark() {
        // born March 2015: age-typical grade in 2026/27 is 6
        new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ",
                        "Jahrgang (Beratung)")
                .header()
                .row("A-1", "Kovalenko", "Olena", "05.03.2015", "32756", 5)
                .row("A-2", "Nasser", "Ali", "05.03.2015", "32756", 10)
                .row("A-3", "Kaya", "Emir", "05.03.2015", "32756", 2)
                .done().writeTo(input.resolve("schueler.xlsx"));

        assertThat(importAll()).isEqualTo(new ImportSummary(3, 3, 0, 0));

        assertThat(remarks()).filteredOn(p -> p.column().equals("Jahrgang (Beratung)"))
                .extracting(ImportProblem::rowNumber, ImportProblem::value, ImportProblem::reason)
                .containsExactly(
                        tuple(3, "10", "Jahrgang (Beratung) weicht um 4 vom altersgemäßen ab (altersgemäß: 6); bitte prüfen"),
                        tuple(4, "2", "Jahrgang (Beratung) weicht um 4 vom altersgemäßen ab (altersgemäß: 6); bitte prüfen"));
        assertThat(jdbc.queryForObject("SELECT counsellor_grade FROM pupil WHERE case_number = 'A-2'", Integer.class))
                .isEqualTo(10);
        assertCountsAddUp();
    }

    // ---- schools and positions --------------------------------------------------------------------------------

    @Test
    void unknownWishedSchoolIsImportedWithARemark() {
        new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ",
                        "Wunschschule 1", "Wunschschule 2")
                .header()
                .row("A-1", "Kovalenko", "Olena", "05.03.2015", "32756", "999999", "12345x")
                .row("A-2", "Nasser", "Ali", "05.03.2015", "32756", "999999")
                .done().writeTo(input.resolve("schueler.xlsx"));

        assertThat(importAll()).isEqualTo(new ImportSummary(2, 1, 1, 0));

        assertThat(errors()).extracting(ImportProblem::rowNumber, ImportProblem::column, ImportProblem::reason)
                .containsExactly(tuple(2, "Wunschschule 2", "keine sechsstellige Schulnummer"));
        assertThat(remarks()).extracting(ImportProblem::rowNumber, ImportProblem::column, ImportProblem::reason)
                .contains(tuple(3, "Wunschschule 1", "Schule unbekannt; der Wunsch wird nicht berücksichtigt"));
        assertCountsAddUp();
    }

    @Test
    void coordinatesOutsideNrwOrSwappedRejectTheRow() {
        new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "Breitengrad",
                        "Längengrad")
                .header()
                .row("A-1", "Kovalenko", "Olena", "05.03.2015", "51,94", "8,87")
                .row("A-2", "Nasser", "Ali", "05.03.2015", 48.14, 11.58)
                .row("A-3", "Kaya", "Emir", "05.03.2015", 8.87, 51.94)
                .done().writeTo(input.resolve("schueler.xlsx"));

        assertThat(importAll()).isEqualTo(new ImportSummary(3, 1, 2, 0));

        assertThat(errors()).extracting(ImportProblem::rowNumber, ImportProblem::column, ImportProblem::reason)
                .containsExactly(tuple(3, "Breitengrad", "Koordinaten liegen außerhalb von NRW"),
                        tuple(4, "Breitengrad", "Breiten- und Längengrad sind vertauscht"));
        assertCountsAddUp();
    }

    // ---- cells: formulas, merged, hidden ----------------------------------------------------------------------

    @Test
    void formulaCellsUseTheCachedValueAndFormulasFromOtherFilesGetARemark() {
        var builder = pupils().row("A-1", "Kovalenko", "Olena", "05.03.2015", null)
                .row("A-2", "Nasser", null, "05.03.2015", "32756");
        Sheet sheet = builder.sheet();
        Cell postalCode = sheet.getRow(1).createCell(4);
        postalCode.setCellFormula("ROUND(32756.4,0)");
        postalCode.setCellValue(32756); // the cached value; Schulplatz never evaluates formulas
        Cell firstName = sheet.getRow(2).createCell(2);
        firstName.setCellFormula("CONCATENATE(\"A\",\"li\")");
        firstName.setCellValue("Ali");
        Path file = builder.done().writeTo(input.resolve("schueler.xlsx"));
        // POI does not write links to other workbooks; put the formula as Excel stores it
        TestWorkbooks.rewriteEntry(file, "xl/worksheets/sheet1.xml",
                xml -> xml.replace("<f>ROUND(32756.4,0)</f>", "<f>'[Adressen.xlsx]Tabelle1'!B7</f>"));

        assertThat(importAll()).isEqualTo(new ImportSummary(2, 2, 0, 0));

        assertThat(jdbc.queryForList("SELECT first_name || ' ' || postal_code FROM pupil ORDER BY case_number",
                String.class)).containsExactly("Olena 32756", "Ali 32756");
        assertThat(remarks()).filteredOn(p -> p.reason().contains("Formel"))
                .extracting(ImportProblem::rowNumber, ImportProblem::column, ImportProblem::value, ImportProblem::reason)
                .containsExactly(tuple(2, "PLZ", "32756", "Formel verweist auf eine andere Datei "
                        + "(='[Adressen.xlsx]Tabelle1'!B7); verwendet wird der zuletzt berechnete Wert, bitte prüfen"));
        assertCountsAddUp();
    }

    @Test
    void mergedCellsCountOnlyInTheirFirstCell() {
        // Wohnort-PLZ merged over two rows: the second row has no position and is rejected
        var builder = pupils().row("A-1", "Kovalenko", "Olena", "05.03.2015", "32756")
                .row("A-2", "Kovalenko", "Olga", "05.03.2015", null);
        builder.sheet().addMergedRegion(new CellRangeAddress(1, 2, 4, 4));
        builder.done().writeTo(input.resolve("schueler.xlsx"));

        assertThat(importAll()).isEqualTo(new ImportSummary(2, 1, 1, 0));

        assertThat(errors()).extracting(ImportProblem::rowNumber).containsExactly(3);
        assertThat(remarks()).filteredOn(p -> p.reason().startsWith("verbundene Zellen")).singleElement()
                .satisfies(p -> {
                    assertThat(p.sheet()).isEqualTo("Schüler");
                    assertThat(p.value()).isEqualTo("E2:E3");
                });
        assertCountsAddUp();
    }

    @Test
    void hiddenRowsAndSheetsAreImportedWithARemark() {
        TestWorkbooks workbooks = new TestWorkbooks();
        workbooks.sheet("Hinweise", "Bitte ausfüllen").header();
        var builder = workbooks.sheet("Schüler", PUPIL_HEADERS).header()
                .row("A-1", "Kovalenko", "Olena", "05.03.2015", "32756")
                .row("A-2", "Nasser", "Ali", "05.03.2015", "32756");
        builder.sheet().getRow(2).setZeroHeight(true);
        workbooks.workbook().setSheetHidden(1, true);
        workbooks.writeTo(input.resolve("schueler.xlsx"));

        assertThat(importAll()).isEqualTo(new ImportSummary(2, 2, 0, 0));

        assertThat(remarks()).extracting(ImportProblem::sheet, ImportProblem::rowNumber, ImportProblem::reason)
                .contains(tuple("Schüler", null, "ausgeblendete Tabelle; sie wird trotzdem importiert"),
                        tuple("Schüler", 3, "ausgeblendete Zeile; sie wird trotzdem importiert"));
        assertCountsAddUp();
    }

    // ---- text ------------------------------------------------------------------------------------------------

    @Test
    void namesInEveryScriptAreStoredUnchanged() {
        List<String[]> names = List.of(new String[] {"محمد", "عبد الله"}, new String[] {"Коваленко", "Олена"},
                new String[] {"ተስፋይ", "ሰላም"}, new String[] {"Nguyễn", "Thị Ngọc"},
                new String[] {"Çağlar-Şahin", "Zoë"}, new String[] {"Mia 🌟", "Emoji 👩‍👧"},
                new String[] {"Re\u0301ne\u0301e", "decomposed"});
        var builder = pupils();
        for (int i = 0; i < names.size(); i++) {
            builder.row("S-" + i, names.get(i)[0], names.get(i)[1], "05.03.2015", "32756");
        }
        builder.done().writeTo(input.resolve("schueler.xlsx"));

        assertThat(importAll()).isEqualTo(new ImportSummary(names.size(), names.size(), 0, 0));

        for (int i = 0; i < names.size(); i++) {
            assertThat(jdbc.queryForObject("SELECT last_name || '|' || first_name FROM pupil WHERE case_number = ?",
                    String.class, "S-" + i)).isEqualTo(names.get(i)[0] + "|" + names.get(i)[1]);
        }
        assertCountsAddUp();
    }

    @Test
    void leadingApostrophesNonBreakingSpacesAndTrailingBlanksAreRemoved() {
        var builder = pupils().row("'A-1", "'Kovalenko", "Olena\u00A0", "05.03.2015  ", "\u00A032756 ")
                .row("A-2   ", "  Nasser", "Ali", "05.03.2015", "32756");
        // Excel's own way: the apostrophe typed before a value is a style, not text
        CellStyle quoted = builder.sheet().getWorkbook().createCellStyle();
        quoted.setQuotePrefixed(true);
        Row row = builder.sheet().getRow(2);
        row.getCell(4).setCellStyle(quoted);
        builder.done().writeTo(input.resolve("schueler.xlsx"));

        assertThat(importAll()).isEqualTo(new ImportSummary(2, 2, 0, 0));

        assertThat(jdbc.queryForList("SELECT case_number || '|' || last_name || '|' || first_name || '|' || postal_code"
                + " FROM pupil ORDER BY case_number", String.class))
                .containsExactly("A-1|Kovalenko|Olena|32756", "A-2|Nasser|Ali|32756");
        assertCountsAddUp();
    }

    @Test
    void cellOfTheExcelMaximumIsStoredOrRejectedAsAName() {
        String longest = "x".repeat(32_767);
        new TestWorkbooks().sheet("Schüler", "Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "PLZ", "Bemerkungen")
                .header()
                .row("A-1", "Kovalenko", "Olena", "05.03.2015", "32756", longest)
                .row("A-2", longest, "Ali", "05.03.2015", "32756", null)
                .done().writeTo(input.resolve("schueler.xlsx"));

        assertThat(importAll()).isEqualTo(new ImportSummary(2, 1, 1, 0));

        assertThat(jdbc.queryForObject("SELECT length(notes) FROM pupil WHERE case_number = 'A-1'", Integer.class))
                .isEqualTo(32_767);
        assertThat(errors()).singleElement().satisfies(p -> {
            assertThat(p.rowNumber()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("Nachname");
            assertThat(p.reason()).isEqualTo("Text zu lang (32767 Zeichen, höchstens 200)");
        });
        assertCountsAddUp();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static TestWorkbooks.SheetBuilder pupils() {
        return new TestWorkbooks().sheet("Schüler", PUPIL_HEADERS).header();
    }

    /** Both import steps, as the nightly run does them; returns the pupils' counts. */
    private ImportSummary importAll() {
        schoolImport.importFrom(input, RUN, TODAY);
        return pupilImport.importFrom(input, RUN, TODAY);
    }

    private void assertFileRejected(String fileName, String reason) {
        pupils().row("B-1", "Kaya", "Emir", "05.03.2015", "32756").done().writeTo(input.resolve("gut.xlsx"));
        assertThatThrownBy(this::importAll)
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageContaining(fileName)
                .hasMessageContaining(reason);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pupil", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM import_file", Integer.class)).isZero();
    }

    private List<ImportProblem> errors() {
        return imports.problems(RUN).stream().filter(p -> p.severity() == Severity.FEHLER).toList();
    }

    private List<ImportProblem> remarks() {
        return imports.problems(RUN).stream().filter(p -> p.severity() == Severity.HINWEIS).toList();
    }

    private void assertCountsAddUp() {
        for (SheetCount count : imports.sheetCounts(RUN)) {
            assertThat(count.rowsRead()).as("%s/%s", count.fileName(), count.sheet())
                    .isEqualTo(count.rowsImported() + count.rowsRejected() + count.rowsSuperseded());
        }
        assertThat(imports.sheetCounts(RUN).stream().mapToInt(SheetCount::rowsImported).sum())
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM pupil", Integer.class));
    }

    /** A minimal OpenDocument spreadsheet: stored "mimetype" first, as LibreOffice writes it. */
    private static void writeOpenDocument(Path file) throws Exception {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
