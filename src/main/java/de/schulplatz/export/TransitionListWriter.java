package de.schulplatz.export;

import de.schulplatz.excel.TableSheet;
import de.schulplatz.excel.WorkbookStyles;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schools.School;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The lists of the transition out of the initial German support, one workbook per school authority
 * ("Uebergaenge_<Aufsicht>.xlsx", transliterated like the Zuweisungen files): its schools' regular-class places, per school the pupils who come or stay,
 * the pupils who leave its schools for another, and those without a place.
 */
final class TransitionListWriter {

    static final String SUMMARY_SHEET = "Übersicht";
    static final String LEAVING_SHEET = "Abgänge";
    static final String UNASSIGNED_SHEET = "Ohne Platz";
    static final List<String> SUMMARY_HEADERS = List.of("Schulnummer", "Schule", "Schulform", "Ort", "Jahrgang",
            "Plätze Regelklassen", "Vergeben", "Noch frei", "Bleiben", "Kommen");
    static final List<String> PUPIL_HEADERS = List.of("Fallnummer", "Nachname", "Vorname", "Geburtsdatum", "Jahrgang",
            "Schulform", "Übergang", "Bisherige Schule", "Wechsel zum", "Entfernung (km)", "Begründung");
    static final List<String> LEAVING_HEADERS = List.of("Fallnummer", "Nachname", "Vorname", "Jahrgang",
            "Bisherige Schule", "Neue Schule", "Wechsel zum", "Begründung");
    static final List<String> UNASSIGNED_HEADERS = List.of("Fallnummer", "Nachname", "Vorname", "Jahrgang",
            "Bisherige Schule", "Grund");

    private TransitionListWriter() {
    }

    /** The authorities with a school that reports places, takes a pupil or loses one, in order. */
    static Set<String> authorities(RunData data, Map<String, String> currentSchool) {
        Set<String> result = new TreeSet<>();
        data.placements().forEach(p -> result.addAll(p.authorities()));
        currentSchool.values().stream().map(data.schools()::get).filter(s -> s != null)
                .forEach(s -> result.add(s.authority()));
        data.schools().values().stream().filter(s -> data.quotas().containsKey(s.schoolNumber()))
                .forEach(s -> result.add(s.authority()));
        return result;
    }

    static String fileName(String authority) {
        return AuthorityList.fileName(authority).replaceFirst("^Zuweisungen_", "Uebergaenge_");
    }

    static void write(RunData data, String authority, Map<String, String> currentSchool, OutputStream out)
            throws IOException {
        Map<String, List<PlannedPlacement>> bySchool = new TreeMap<>();
        data.placements().stream().filter(PlannedPlacement::isPlaced)
                .forEach(p -> bySchool.computeIfAbsent(p.schoolNumber(), s -> new ArrayList<>()).add(p));
        List<School> schools = data.schools().values().stream().filter(s -> authority.equals(s.authority()))
                .sorted(Comparator.comparing(School::schoolNumber)).toList();
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            String runLine = AuthorityWorkbookWriter.runLine(data);
            TableSheet summary = TableSheet.create(styles, SUMMARY_SHEET, SUMMARY_HEADERS)
                    .printTitle("Übergänge: Plätze in Regelklassen", authority, runLine);
            for (School school : schools) {
                List<PlannedPlacement> here = bySchool.getOrDefault(school.schoolNumber(), List.of());
                for (PlaceQuota quota : data.quotas().getOrDefault(school.schoolNumber(), List.of())) {
                    List<PlannedPlacement> taking = here.stream().filter(p -> p.takes(quota)).toList();
                    long staying = taking.stream().filter(p -> school.schoolNumber().equals(currentSchool.get(p.caseNumber())))
                            .count();
                    summary.row(school.schoolNumber(), school.name(), school.form().germanName(), school.address().city(),
                            quota.gradeLabel(), quota.freePlaces(), taking.size(), quota.freePlaces() - taking.size(),
                            staying, taking.size() - staying);
                }
            }
            summary.finish();
            Set<String> used = new HashSet<>(Set.of(SUMMARY_SHEET.toLowerCase(), LEAVING_SHEET.toLowerCase(),
                    UNASSIGNED_SHEET.toLowerCase()));
            for (School school : schools) {
                List<PlannedPlacement> here = bySchool.getOrDefault(school.schoolNumber(), List.of());
                if (here.isEmpty()) {
                    continue;
                }
                TableSheet sheet = TableSheet.create(styles, AuthorityWorkbookWriter.sheetName(school, used), PUPIL_HEADERS)
                        .printTitle(AuthorityWorkbookWriter.schoolTitle(school), authority, runLine);
                here.stream().sorted(Comparator.comparingInt(PlannedPlacement::grade).thenComparing(PlannedPlacement::caseNumber))
                        .forEach(p -> {
                            Pupil pupil = data.pupil(p);
                            String from = currentSchool.get(p.caseNumber());
                            sheet.row(p.caseNumber(), pupil.lastName(), pupil.firstName(), pupil.birthDate(), p.grade(),
                                    school.form().germanName(), school.schoolNumber().equals(from) ? "bleibt" : "kommt",
                                    schoolText(data, from), p.startDate(), p.distanceMetres() / 1000.0, p.reason());
                        });
                sheet.finish();
            }
            TableSheet leaving = TableSheet.create(styles, LEAVING_SHEET, LEAVING_HEADERS)
                    .printTitle("Wechsel an andere Schulen", authority, runLine);
            data.placements().stream().filter(PlannedPlacement::isPlaced)
                    .filter(p -> schools.stream().anyMatch(s -> s.schoolNumber().equals(currentSchool.get(p.caseNumber()))))
                    .filter(p -> !p.schoolNumber().equals(currentSchool.get(p.caseNumber())))
                    .sorted(Comparator.comparing(PlannedPlacement::caseNumber))
                    .forEach(p -> {
                        Pupil pupil = data.pupil(p);
                        leaving.row(p.caseNumber(), pupil.lastName(), pupil.firstName(), p.grade(),
                                schoolText(data, currentSchool.get(p.caseNumber())), schoolText(data, p.schoolNumber()),
                                p.startDate(), p.reason());
                    });
            leaving.finish();
            TableSheet unassigned = TableSheet.create(styles, UNASSIGNED_SHEET, UNASSIGNED_HEADERS)
                    .printTitle("Ohne Platz in einer Regelklasse", authority, runLine);
            data.placements().stream().filter(p -> !p.isPlaced())
                    .filter(p -> p.authorities().contains(authority)
                            || schools.stream().anyMatch(s -> s.schoolNumber().equals(currentSchool.get(p.caseNumber()))))
                    .sorted(Comparator.comparing(PlannedPlacement::caseNumber))
                    .forEach(p -> {
                        Pupil pupil = data.pupil(p);
                        unassigned.row(p.caseNumber(), pupil.lastName(), pupil.firstName(), p.grade(),
                                schoolText(data, currentSchool.get(p.caseNumber())), p.reason());
                    });
            unassigned.finish();
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static String schoolText(RunData data, String schoolNumber) {
        if (schoolNumber == null) {
            return "";
        }
        School school = data.schools().get(schoolNumber);
        return school == null ? schoolNumber : schoolNumber + " " + school.name();
    }
}
