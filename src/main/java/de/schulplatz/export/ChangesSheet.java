package de.schulplatz.export;

import de.schulplatz.excel.TableSheet;
import de.schulplatz.excel.WorkbookStyles;
import de.schulplatz.planning.PlacementStatus;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.schools.School;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The sheet "Änderungen": what changed for each pupil against the previous published plan: newly placed,
 * moved (from, to, why), confirmed or pinned, withdrawn or brought back, place lost, still unassigned.
 */
final class ChangesSheet {

    static final String NAME = "Änderungen";
    static final List<String> HEADERS = List.of("Änderung", "Fallnummer", "Nachname", "Vorname", "Jahrgang", "bisher",
            "jetzt", "Status", "Grund");

    record Change(String kind, PlannedPlacement before, PlannedPlacement now) {
    }

    private ChangesSheet() {
    }

    /** Every change of the run, unchanged placements left out. */
    static List<Change> changes(RunData data) {
        List<Change> changes = new ArrayList<>();
        for (PlannedPlacement now : data.placements()) {
            PlannedPlacement before = data.previousPlacements().get(now.caseNumber());
            String kind = kind(before, now);
            if (kind != null) {
                changes.add(new Change(kind, before, now));
            }
        }
        changes.sort(Comparator.comparing(Change::kind).thenComparing(c -> c.now().caseNumber()));
        return changes;
    }

    private static String kind(PlannedPlacement before, PlannedPlacement now) {
        boolean withdrawnNow = now.status() == PlacementStatus.ZURUECKGEZOGEN;
        boolean withdrawnBefore = before != null && before.status() == PlacementStatus.ZURUECKGEZOGEN;
        if (withdrawnNow) {
            return withdrawnBefore ? null : "zurückgezogen";
        }
        if (withdrawnBefore) {
            return now.isPlaced() ? "zurückgeholt und zugewiesen" : "zurückgeholt, ohne Platz";
        }
        if (before == null) {
            return now.isPlaced() ? "neu zugewiesen" : "neu, ohne Platz";
        }
        if (!now.isPlaced()) {
            return before.isPlaced() ? "Platz verloren" : "weiterhin ohne Platz";
        }
        if (!before.isPlaced()) {
            return "neu zugewiesen";
        }
        if (!Objects.equals(before.schoolNumber(), now.schoolNumber())) {
            return "verlegt";
        }
        if (before.status() != now.status()) {
            return switch (now.status()) {
                case BESTAETIGT, FEST_ZUGEWIESEN, ZUGEWIESEN -> now.status().label();
                default -> "wieder von der Planung";
            };
        }
        return null;
    }

    /** Whether an authority must see a change: it concerns one of its schools, or a pupil it is responsible for. */
    static boolean concerns(Change change, String authority, RunData data) {
        return authorityOf(change.before(), data).equals(authority) || authorityOf(change.now(), data).equals(authority)
                || (!change.now().isPlaced() && change.now().authorities().contains(authority));
    }

    private static String authorityOf(PlannedPlacement placement, RunData data) {
        if (placement == null || !placement.isPlaced()) {
            return "";
        }
        School school = data.schools().get(placement.schoolNumber());
        return school == null ? "" : school.authority();
    }

    static void write(WorkbookStyles styles, RunData data, List<Change> changes, String authority) {
        TableSheet sheet = TableSheet.create(styles, NAME, HEADERS)
                .printTitle("Änderungen seit der letzten Veröffentlichung", authority, AuthorityWorkbookWriter.runLine(data));
        for (Change change : changes) {
            if (!concerns(change, authority, data)) {
                continue;
            }
            Pupil pupil = data.pupil(change.now());
            sheet.row(change.kind(), pupil.caseNumber(), pupil.lastName(), pupil.firstName(), change.now().grade(),
                    schoolText(change.before(), data), schoolText(change.now(), data), change.now().statusText(),
                    change.now().reason());
        }
        sheet.finish();
    }

    private static String schoolText(PlannedPlacement placement, RunData data) {
        if (placement == null) {
            return "";
        }
        if (!placement.isPlaced()) {
            return placement.statusText();
        }
        School school = data.schools().get(placement.schoolNumber());
        return placement.schoolNumber() + (school == null ? "" : " " + school.name());
    }
}
