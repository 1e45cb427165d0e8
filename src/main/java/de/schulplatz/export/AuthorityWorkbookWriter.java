package de.schulplatz.export;

import de.schulplatz.excel.DropDowns;
import de.schulplatz.excel.TableSheet;
import de.schulplatz.excel.WorkbookStyles;
import de.schulplatz.intake.DecisionColumn;
import de.schulplatz.intake.ListOriginColumn;
import de.schulplatz.intake.SheetKind;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schools.School;
import de.schulplatz.schoolsystem.GermanDates;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The placement list one school authority receives, {@code Zuweisungen_<authority>.xlsx}: a summary of
 * places per school, one sheet per school with its pupils, and the pupils without a place with reasons.
 */
final class AuthorityWorkbookWriter {

    static final String SUMMARY_SHEET = "Übersicht";
    static final String UNASSIGNED_SHEET = "Nicht zugewiesen";
    /** Status on the waiting list of a placed pupil whose school is not reachable by public transport. */
    static final String UNREACHABLE_STATUS = "zugewiesen, ÖPNV nicht zumutbar";
    static final List<String> PUPIL_HEADERS = List.of("Fallnummer", "Nachname", "Vorname", "Geburtsdatum",
            "Geschlecht", "Jahrgang", "Familiensprache", "Weitere Sprachen", "Entfernung (km)", "Gemessen als",
            "Luftlinie (km)", "Fahrkosten erstattet", "ÖPNV-Prüfung", "Lage ungefähr", "Status", "Beginn", "Begründung",
            DecisionColumn.ENTSCHEIDUNG.header(), DecisionColumn.GRUND.header());
    static final List<String> UNASSIGNED_HEADERS = List.of("Fallnummer", "Nachname", "Vorname", "Geburtsdatum",
            "Geschlecht", "Jahrgang", "Wohnort", "Familiensprache", "Empfohlene Schulformen", "Registriert am",
            "Status", "Grund");
    static final List<String> SUMMARY_HEADERS = List.of("Schulnummer", "Schule", "Schulform", "Ort", "Jahrgänge",
            "Gruppenart", "Freie Plätze", "Zugewiesen", "Noch frei");

    private AuthorityWorkbookWriter() {
    }

    static void write(RunData data, RunFigures figures, List<ChangesSheet.Change> changes, AuthorityList list,
            OutputStream out) throws IOException {
        List<School> schools = list.schools();
        Map<String, List<PlannedPlacement>> placedBySchool = list.placedBySchool();
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            writeSummary(styles, data, list.authority(), schools, placedBySchool);
            writeListOrigin(styles, data, list.authority());
            Set<String> usedNames = new HashSet<>();
            usedNames.add(SUMMARY_SHEET.toLowerCase());
            usedNames.add(UNASSIGNED_SHEET.toLowerCase());
            usedNames.add(AnalysisSheet.NAME.toLowerCase());
            usedNames.add(ChangesSheet.NAME.toLowerCase());
            usedNames.add(SheetKind.KORREKTUREN.sheetName().toLowerCase());
            usedNames.add(SheetKind.LISTE.sheetName().toLowerCase());
            for (School school : schools) {
                List<PlannedPlacement> pupils = placedBySchool.getOrDefault(school.schoolNumber(), List.of());
                if (!pupils.isEmpty()) {
                    writeSchool(styles, data, school, sheetName(school, usedNames), pupils);
                }
            }
            writeUnassigned(styles, data, list.authority(), list.unassigned(), placedBySchool);
            ChangesSheet.write(styles, data, changes, list.authority());
            AnalysisSheet.write(styles, data, figures, data.constraintScores());
            CorrectionsSheet.write(styles);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    /**
     * Whose list this is, for the way back: the next run takes the column "Entscheidung" of a returned list only for
     * the schools of the authority named here, and only once per run of the list (ListDecisions).
     */
    private static void writeListOrigin(WorkbookStyles styles, RunData data, String authority) {
        TableSheet.create(styles, SheetKind.LISTE.sheetName(), ListOriginColumn.HEADERS)
                .printTitle("Angaben zur Liste", authority, runLine(data))
                .row(ListOriginColumn.SCHULAUFSICHT, authority)
                .row(ListOriginColumn.LAUF, Long.toString(data.run().id()))
                .row("Planungsdatum", GermanDates.format(data.run().planningDate()))
                .row("Hinweis", "Entscheidungen in der Spalte „Entscheidung“ der Schulblätter eintragen und die Liste "
                        + "zurückgeben; sie gelten nur für die Schulen dieser Schulaufsicht. Dieses Blatt nicht ändern.")
                .finish();
    }

    private static void writeSummary(WorkbookStyles styles, RunData data, String authority, List<School> schools,
            Map<String, List<PlannedPlacement>> placedBySchool) {
        TableSheet sheet = TableSheet.create(styles, SUMMARY_SHEET, SUMMARY_HEADERS)
                .printTitle("Übersicht der Plätze", authority, runLine(data));
        for (School school : schools) {
            List<PlannedPlacement> placed = placedBySchool.getOrDefault(school.schoolNumber(), List.of());
            for (PlaceQuota quota : data.quotas().getOrDefault(school.schoolNumber(), List.of())) {
                int used = (int) placed.stream().filter(p -> p.takes(quota)).count();
                sheet.row(school.schoolNumber(), school.name(), school.form().germanName(), school.address().city(),
                        quota.gradeLabel(), quota.groupKind().label(), quota.freePlaces(), used,
                        quota.freePlaces() - used);
            }
        }
        sheet.finish();
    }

    private static void writeSchool(WorkbookStyles styles, RunData data, School school, String sheetName,
            List<PlannedPlacement> placements) {
        TableSheet sheet = TableSheet.create(styles, sheetName, PUPIL_HEADERS)
                .printTitle(schoolTitle(school), school.authority(), runLine(data));
        List<PlannedPlacement> sorted = new ArrayList<>(placements);
        sorted.sort(Comparator.comparingInt(PlannedPlacement::grade)
                .thenComparing(p -> data.pupil(p).lastName())
                .thenComparing(PlannedPlacement::caseNumber));
        for (PlannedPlacement placement : sorted) {
            Pupil pupil = data.pupil(placement);
            sheet.row(pupil.caseNumber(), pupil.lastName(), pupil.firstName(), pupil.birthDate(), pupil.sex(),
                    placement.grade(), pupil.familyLanguage(), pupil.otherLanguages(),
                    placement.distanceMetres() / 1000.0, placement.measure().label(),
                    placement.straightMetres() / 1000.0, placement.reimbursed() ? "ja" : "nein",
                    placement.transit() == null ? "" : placement.transit().text(),
                    pupil.address().approximate() ? "ja" : "nein",
                    placement.statusText(), placement.startDate(), placement.reason(), "", "");
        }
        // Left empty for the authority: what it writes here, the next run applies (ListDecisions).
        DropDowns.add(sheet.finish(), PUPIL_HEADERS.indexOf(DecisionColumn.ENTSCHEIDUNG.header()),
                DecisionColumn.ENTSCHEIDUNG.choices());
    }

    /**
     * The waiting list: the unassigned pupils, then the placed ones whose school the public-transport check
     * found not reachable (they hold a place, but the authority must decide on them too).
     */
    private static void writeUnassigned(WorkbookStyles styles, RunData data, String authority,
            List<PlannedPlacement> unassigned, Map<String, List<PlannedPlacement>> placedBySchool) {
        TableSheet sheet = TableSheet.create(styles, UNASSIGNED_SHEET, UNASSIGNED_HEADERS)
                .printTitle("Kinder ohne Platz", authority, runLine(data));
        for (PlannedPlacement placement : unassigned) {
            unassignedRow(sheet, data, placement, placement.statusText(), placement.reason());
        }
        placedBySchool.values().stream().flatMap(List::stream).filter(PlannedPlacement::unreachableByTransit)
                .sorted(Comparator.comparing(PlannedPlacement::caseNumber))
                .forEach(placement -> unassignedRow(sheet, data, placement, UNREACHABLE_STATUS,
                        "zugewiesen an " + placement.schoolNumber() + " "
                                + data.schools().get(placement.schoolNumber()).name() + "; ÖPNV "
                                + placement.transit().text()));
        sheet.finish();
    }

    private static void unassignedRow(TableSheet sheet, RunData data, PlannedPlacement placement, String status,
            String reason) {
        Pupil pupil = data.pupil(placement);
        String forms = pupil.recommendedForms().stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
        sheet.row(pupil.caseNumber(), pupil.lastName(), pupil.firstName(), pupil.birthDate(), pupil.sex(),
                placement.grade(), pupil.address().city(), pupil.familyLanguage(), forms, pupil.registeredDate(),
                status, reason);
    }

    /** Planning date and run, as every printed page names them. */
    static String runLine(RunData data) {
        return "Planung vom " + GermanDates.format(data.run().planningDate()) + ", Lauf " + data.run().id()
                + " (Nr. " + data.run().runNumber() + " des Tages)";
    }

    /** What a printed page of a school's sheet names first: the school, its number and its address. */
    static String schoolTitle(School school) {
        return school.name() + " (" + school.schoolNumber() + ")\n" + addressLine(school);
    }

    private static String addressLine(School school) {
        return school.address() == null ? "" : String.join(", ", java.util.stream.Stream.of(school.address().street(),
                (Objects.requireNonNullElse(school.address().postalCode(), "") + " "
                        + Objects.requireNonNullElse(school.address().city(), "")).strip())
                .filter(part -> part != null && !part.isBlank()).toList());
    }

    /** "123456 Kurzname", at most 31 characters and unique, as Excel requires. */
    static String sheetName(School school, Set<String> usedNames) {
        String base = WorkbookUtil.createSafeSheetName(school.schoolNumber() + " " + school.name());
        String name = base;
        for (int i = 2; usedNames.contains(name.toLowerCase()); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        usedNames.add(name.toLowerCase());
        return name;
    }
}
