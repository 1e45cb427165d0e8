package de.schulplatz.batch;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.audit.AuditLog;
import de.schulplatz.overrides.Override;
import de.schulplatz.overrides.OverrideAction;
import de.schulplatz.overrides.OverrideRepository;
import de.schulplatz.planning.PlacementRepository;
import de.schulplatz.planning.PlacementStatus;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.schools.SchoolRepository;
import de.schulplatz.support.DatabaseCleaner;
import de.schulplatz.support.DatabaseTest;
import de.schulplatz.support.OtherWriters;
import de.schulplatz.support.SampleRuns;
import de.schulplatz.support.SvwsImportTool;
import de.schulplatz.support.TestWorkbooks;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Schulaufsicht writes its decisions into the column "Entscheidung" of its list (here with openpyxl, as
 * another program than ours saves it), the KI drops the list into the input folder, and the next run applies
 * them: assigned and admitted children stay, a declined child is planned elsewhere, a wrong row is reported.
 */
@DatabaseTest
class ReturnedListDecisionsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    private static final String LIPPE = "Schulamt für den Kreis Lippe";
    private static final String LIPPE_FILE = "Zuweisungen_Schulamt_fuer_den_Kreis_Lippe.xlsx";

    @Autowired
    PlacementRunner runner;
    @Autowired
    PlacementRepository placements;
    @Autowired
    OverrideRepository overrides;
    @Autowired
    SchoolRepository schools;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;
    @TempDir
    Path temp;

    private Path input;

    @BeforeEach
    void sampleData() throws Exception {
        DatabaseCleaner.clean(jdbc);
        input = TestWorkbooks.copySampleData(temp.resolve("in"));
    }

    @Test
    void decisionsInTheReturnedListAreAppliedOnceAndTheDeclinedChildIsPlannedElsewhere() throws Exception {
        Map<String, PlannedPlacement> first = run("out1");
        List<PlannedPlacement> lippe = first.values().stream()
                .filter(p -> p.isPlaced() && p.status() == PlacementStatus.VORGESCHLAGEN)
                .filter(p -> LIPPE.equals(schools.find(p.schoolNumber()).orElseThrow().authority()))
                .sorted((a, b) -> a.caseNumber().compareTo(b.caseNumber()))
                .toList();
        PlannedPlacement declined = lippe.stream().filter(this::hasAnotherFreeSchool).findFirst().orElseThrow();
        List<PlannedPlacement> others = lippe.stream().filter(p -> p != declined).toList();
        PlannedPlacement assigned = others.get(0);
        PlannedPlacement admitted = others.get(1);
        PlannedPlacement noReason = others.get(2);
        PlannedPlacement unknownWord = others.get(3);

        Path returned = input.resolve("Zuweisungen_Lippe_zurueck.xlsx");
        returnList(temp.resolve("out1").resolve(LIPPE_FILE), returned, List.of(
                new String[] {assigned.schoolNumber(), assigned.caseNumber(), "zugewiesen", ""},
                new String[] {admitted.schoolNumber(), admitted.caseNumber(), "Aufgenommen", "Schulleitung hat aufgenommen"},
                new String[] {declined.schoolNumber(), declined.caseNumber(), "abgelehnt", "Klasse 3 ist voll"},
                new String[] {noReason.schoolNumber(), noReason.caseNumber(), "abgelehnt", ""},
                new String[] {unknownWord.schoolNumber(), unknownWord.caseNumber(), "vielleicht", ""}));

        JobExecution second = runExecution("out2");
        Map<String, PlannedPlacement> after = byCase(second);

        assertThat(after.get(assigned.caseNumber())).satisfies(p -> {
            assertThat(p.status()).isEqualTo(PlacementStatus.ZUGEWIESEN);
            assertThat(p.schoolNumber()).isEqualTo(assigned.schoolNumber());
            assertThat(p.reason()).startsWith("zugewiesen durch die Schulaufsicht");
        });
        assertThat(after.get(admitted.caseNumber())).satisfies(p -> {
            assertThat(p.status()).isEqualTo(PlacementStatus.BESTAETIGT);
            assertThat(p.schoolNumber()).isEqualTo(admitted.schoolNumber());
        });
        assertThat(after.get(declined.caseNumber()).schoolNumber()).isNotNull().isNotEqualTo(declined.schoolNumber());
        assertThat(overrides.ofPupil(declined.caseNumber())).singleElement().satisfies(o -> {
            assertThat(o.action()).isEqualTo(OverrideAction.AUSSCHLIESSEN);
            assertThat(o.schoolNumber()).isEqualTo(declined.schoolNumber());
            assertThat(o.reason()).isEqualTo("abgelehnt durch " + LIPPE + ": Klasse 3 ist voll");
        });
        // every decision is audited, with the list it came from
        assertThat(audit.recent(50)).filteredOn(e -> e.action().equals("Entscheidung der Schulaufsicht"))
                .anySatisfy(e -> assertThat(e.target()).contains(declined.caseNumber()).contains("ausschließen"))
                .anySatisfy(e -> assertThat(e.target()).contains(admitted.caseNumber()))
                .allSatisfy(e -> assertThat(e.username()).startsWith("Schulaufsicht (Liste"));
        assertThat(after.get(noReason.caseNumber()).status()).isEqualTo(PlacementStatus.VORGESCHLAGEN);
        assertThat(overrides.ofPupil(noReason.caseNumber())).isEmpty();

        List<String[]> report = TestWorkbooks.sheetRows(temp.resolve("out2").resolve("Fehlerbericht.xlsx"), "Fehler und Hinweise");
        assertThat(report).filteredOn(row -> row[0].equals("Fehler") && row[1].equals(returned.getFileName().toString()))
                .extracting(row -> row[4] + ": " + row[6])
                .containsExactlyInAnyOrder("Grund der Entscheidung: eine Ablehnung braucht einen Grund",
                        "Entscheidung: unbekannte Entscheidung; erlaubt: zugewiesen, aufgenommen, abgelehnt oder leer");
        assertThat(statusOnList(temp.resolve("out2").resolve(LIPPE_FILE), assigned)).isEqualTo("zugewiesen");
        assertThat(statusOnList(temp.resolve("out2").resolve(LIPPE_FILE), admitted)).isEqualTo("bestätigt");

        // The admitted child goes to its school's administration software, in the import tool's columns
        Path handover = temp.resolve("out2").resolve("SVWS_Schulamt_fuer_den_Kreis_Lippe_" + admitted.schoolNumber() + ".csv");
        List<String> lines = java.nio.file.Files.readAllLines(handover);
        assertThat(lines.get(0)).isEqualTo(SvwsImportTool.HEADER_LINE);
        assertThat(lines).hasSize(2);
        String[] fields = lines.get(1).split(";", -1);
        assertThat(fields).hasSize(42);
        assertThat(fields[31]).isEqualTo(String.format("\"%02d\"", admitted.grade()));
        assertThat(fields[29]).isEqualTo("\"aktiv\"");
        String lastName = jdbc.queryForObject("SELECT last_name FROM pupil WHERE case_number = ?", String.class,
                admitted.caseNumber());
        assertThat(fields[0]).isEqualTo("\"" + lastName + "\"");
        // only confirmed admissions: the assigned child's school has no file unless it admitted someone else
        assertThat(java.nio.file.Files.list(temp.resolve("out2")).map(p -> p.getFileName().toString())
                .filter(name -> name.startsWith("SVWS_"))).hasSize(1);

        List<Override> applied = overrides.all();
        run("out3");
        assertThat(overrides.all()).hasSameSizeAs(applied);
        List<String[]> again = TestWorkbooks.sheetRows(temp.resolve("out3").resolve("Fehlerbericht.xlsx"), "Fehler und Hinweise")
                .stream().filter(row -> row[1].equals(returned.getFileName().toString())).toList();
        assertThat(again).filteredOn(row -> row[6].contains("bereits in einem früheren Lauf angewendet")).hasSize(3);
        assertThat(again).filteredOn(row -> row[0].equals("Fehler")).extracting(row -> row[6])
                .allMatch(reason -> reason.contains("Grund") || reason.contains("unbekannte Entscheidung"));
    }

    @Test
    void aDeclineAfterTheAssignmentEndsTheAssignment() throws Exception {
        Map<String, PlannedPlacement> first = run("out1");
        PlannedPlacement child = first.values().stream()
                .filter(p -> p.isPlaced() && LIPPE.equals(schools.find(p.schoolNumber()).orElseThrow().authority()))
                .filter(this::hasAnotherFreeSchool)
                .findFirst().orElseThrow();
        returnList(temp.resolve("out1").resolve(LIPPE_FILE), input.resolve("zurueck-1.xlsx"),
                List.<String[]>of(new String[] {child.schoolNumber(), child.caseNumber(), "zugewiesen", ""}));
        assertThat(run("out2").get(child.caseNumber()).status()).isEqualTo(PlacementStatus.ZUGEWIESEN);

        returnList(temp.resolve("out2").resolve(LIPPE_FILE), input.resolve("zurueck-2.xlsx"), List.<String[]>of(
                new String[] {child.schoolNumber(), child.caseNumber(), "abgelehnt", "Schulleitung lehnt ab"}));
        PlannedPlacement after = run("out3").get(child.caseNumber());

        assertThat(after.schoolNumber()).isNotEqualTo(child.schoolNumber());
        assertThat(after.status()).isEqualTo(PlacementStatus.VORGESCHLAGEN);
        assertThat(overrides.active()).extracting(Override::action).filteredOn(a -> a != OverrideAction.AUFHEBEN)
                .containsExactly(OverrideAction.AUSSCHLIESSEN);
    }

    @Test
    void aListDecidesOnlyForItsOwnAuthoritysSchoolsAndOnlyWhenItSaysWhoseItIs() throws Exception {
        Map<String, PlannedPlacement> first = run("out1");
        PlannedPlacement lippeChild = first.values().stream()
                .filter(p -> p.isPlaced() && LIPPE.equals(schools.find(p.schoolNumber()).orElseThrow().authority()))
                .findFirst().orElseThrow();
        PlannedPlacement detmoldChild = first.values().stream()
                .filter(p -> p.isPlaced() && !LIPPE.equals(schools.find(p.schoolNumber()).orElseThrow().authority()))
                .findFirst().orElseThrow();
        Path list = temp.resolve("out1").resolve(LIPPE_FILE);
        // a sheet added to Lippe's list for a school of the Bezirksregierung
        OtherWriters.openpyxl(input.resolve("fremde-schule.xlsx"), "wb = openpyxl.load_workbook(r'''" + list.toAbsolutePath()
                + "''')\nws = wb.copy_worksheet(next(s for s in wb.worksheets if s.title.startswith('" + lippeChild.schoolNumber()
                + " ')))\nws.title = '" + detmoldChild.schoolNumber() + " Fremd'\nheaders = [c.value for c in ws[1]]\n"
                + "ws.cell(row=2, column=1).value = '" + detmoldChild.caseNumber() + "'\n"
                + "ws.cell(row=2, column=headers.index('Entscheidung') + 1).value = 'abgelehnt'\n"
                + "ws.cell(row=2, column=headers.index('Grund der Entscheidung') + 1).value = 'kein Platz'\n"
                + "for s in [s for s in wb.worksheets if s.title.startswith('" + lippeChild.schoolNumber() + " ')]: wb.remove(s)\n"
                + "wb.save(out)\n");
        // a list that no longer says whose it is
        Path withSheet = temp.resolve("ohne-liste.xlsx");
        returnList(list, withSheet, List.<String[]>of(
                new String[] {lippeChild.schoolNumber(), lippeChild.caseNumber(), "abgelehnt", "Klasse voll"}));
        OtherWriters.openpyxl(input.resolve("ohne-liste.xlsx"), "wb = openpyxl.load_workbook(r'''"
                + withSheet.toAbsolutePath() + "''')\ndel wb['Liste']\nwb.save(out)\n");

        Map<String, PlannedPlacement> after = run("out2");

        assertThat(overrides.ofPupil(detmoldChild.caseNumber())).isEmpty();
        assertThat(overrides.ofPupil(lippeChild.caseNumber())).isEmpty();
        assertThat(after.get(lippeChild.caseNumber()).schoolNumber()).isEqualTo(lippeChild.schoolNumber());
        List<String> errors = TestWorkbooks.sheetRows(temp.resolve("out2").resolve("Fehlerbericht.xlsx"), "Fehler und Hinweise")
                .stream().filter(row -> row[0].equals("Fehler")).map(row -> row[1] + ": " + row[6]).toList();
        assertThat(errors).anyMatch(e -> e.startsWith("fremde-schule.xlsx: Entscheidung nicht möglich: Schule "
                + detmoldChild.schoolNumber() + " gehört nicht zu „" + LIPPE + "“"));
        assertThat(errors).anyMatch(e -> e.startsWith("ohne-liste.xlsx: die Liste nennt keine Schulaufsicht"));
    }

    @Test
    void anAssignmentAfterTheAdmissionIsRefusedAndTheAdmissionStays() throws Exception {
        PlannedPlacement child = run("out1").values().stream()
                .filter(p -> p.isPlaced() && LIPPE.equals(schools.find(p.schoolNumber()).orElseThrow().authority()))
                .findFirst().orElseThrow();
        returnList(temp.resolve("out1").resolve(LIPPE_FILE), input.resolve("zurueck-1.xlsx"),
                List.<String[]>of(new String[] {child.schoolNumber(), child.caseNumber(), "aufgenommen", ""}));
        assertThat(run("out2").get(child.caseNumber()).status()).isEqualTo(PlacementStatus.BESTAETIGT);

        returnList(temp.resolve("out2").resolve(LIPPE_FILE), input.resolve("zurueck-2.xlsx"),
                List.<String[]>of(new String[] {child.schoolNumber(), child.caseNumber(), "zugewiesen", ""}));
        assertThat(run("out3").get(child.caseNumber()).status()).isEqualTo(PlacementStatus.BESTAETIGT);
        assertThat(TestWorkbooks.sheetRows(temp.resolve("out3").resolve("Fehlerbericht.xlsx"), "Fehler und Hinweise"))
                .anySatisfy(row -> assertThat(row[6]).contains("ist bereits bestätigt"));
    }

    /**
     * Opens our list with openpyxl, writes each decision {school, case, Entscheidung, Grund} into the row of
     * the case on the school's sheet, and saves it under another name, as an authority would.
     */
    private static void returnList(Path list, Path target, List<String[]> decisions) {
        StringBuilder code = new StringBuilder("wb = openpyxl.load_workbook(r'''" + list.toAbsolutePath() + "''')\n");
        code.append("""
                def decide(school, case, decision, reason):
                    ws = next(s for s in wb.worksheets if s.title.startswith(school + ' '))
                    headers = [c.value for c in ws[1]]
                    row = next(r for r in ws.iter_rows(min_row=2) if str(r[0].value) == case)
                    row[headers.index('Entscheidung')].value = decision or None
                    row[headers.index('Grund der Entscheidung')].value = reason or None
                """);
        for (String[] d : decisions) {
            code.append("decide('").append(d[0]).append("', '").append(d[1]).append("', '").append(d[2])
                    .append("', '").append(d[3]).append("')\n");
        }
        code.append("wb.save(out)\n");
        OtherWriters.openpyxl(target, code.toString());
    }

    private boolean hasAnotherFreeSchool(PlannedPlacement pupil) {
        Integer schools = jdbc.queryForObject("""
                SELECT count(*) FROM place_quota q
                WHERE q.group_kind = ? AND ? BETWEEN q.grade_from AND q.grade_to AND q.school_number <> ?
                  AND q.free_places > (SELECT count(*) FROM placement p WHERE p.school_number = q.school_number
                      AND p.group_kind = q.group_kind AND p.grade BETWEEN q.grade_from AND q.grade_to
                      AND p.run_id = (SELECT max(id) FROM planning_run))
                """, Integer.class, pupil.groupKind().name(), pupil.grade(), pupil.schoolNumber());
        return pupil.grade() <= 4 && schools != null && schools > 0;
    }

    private static String statusOnList(Path list, PlannedPlacement pupil) throws Exception {
        try (Workbook workbook = WorkbookFactory.create(list.toFile(), null, true)) {
            DataFormatter formatter = new DataFormatter();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (!workbook.getSheetName(i).startsWith(pupil.schoolNumber() + " ")) {
                    continue;
                }
                Row header = workbook.getSheetAt(i).getRow(0);
                int status = -1;
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    if ("Status".equals(formatter.formatCellValue(header.getCell(c)))) {
                        status = c;
                    }
                }
                for (Row row : workbook.getSheetAt(i)) {
                    if (pupil.caseNumber().equals(formatter.formatCellValue(row.getCell(0)))) {
                        return formatter.formatCellValue(row.getCell(status));
                    }
                }
            }
        }
        return null;
    }

    private Map<String, PlannedPlacement> run(String output) throws Exception {
        return byCase(runExecution(output));
    }

    private JobExecution runExecution(String output) throws Exception {
        return SampleRuns.completed(runner, input, temp.resolve(output), DAY);
    }

    private Map<String, PlannedPlacement> byCase(JobExecution execution) {
        return SampleRuns.byCase(placements, execution);
    }
}
