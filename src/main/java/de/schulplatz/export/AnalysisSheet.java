package de.schulplatz.export;

import de.schulplatz.excel.TableSheet;
import de.schulplatz.excel.WorkbookStyles;
import de.schulplatz.planning.AssumedSchoolSize;
import de.schulplatz.planning.PlacementStatus;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.schoolsystem.TravelCosts;
import de.schulplatz.runs.RunRepository.ConstraintScore;
import java.util.List;
import java.util.Locale;

/** The sheet "Auswertung": figures of the whole run and the score of each constraint. */
final class AnalysisSheet {

    static final String NAME = "Auswertung";
    static final List<String> HEADERS = List.of("Kennzahl", "Wert", "Erläuterung");

    private AnalysisSheet() {
    }

    static void write(WorkbookStyles styles, RunData data, RunFigures figures, List<ConstraintScore> scores) {
        TableSheet sheet = TableSheet.create(styles, NAME, HEADERS)
                .printTitle("Auswertung des Laufs", "", AuthorityWorkbookWriter.runLine(data));
        sheet.row("Planungsdatum", data.run().planningDate(), "Lauf " + data.run().runNumber());
        long withdrawn = data.placements().stream().filter(p -> p.status() == PlacementStatus.ZURUECKGEZOGEN).count();
        long planned = data.placements().size() - withdrawn;
        sheet.row("Kinder geplant", planned, "alle Kinder in der Datenbank außer zurückgezogenen");
        sheet.row("Kinder mit Schulplatz", figures.placed(), "");
        sheet.row("Kinder ohne Schulplatz", planned - figures.placed(), "Gründe im Blatt „Nicht zugewiesen“");
        long later = data.placements().stream().filter(PlannedPlacement::reservedForLater).count();
        if (later > 0) {
            sheet.row("davon mit Platz ab später", later, "Plätze, die erst nach dem Planungsdatum frei werden (Spalte „frei ab“)");
        }
        long startingLater = data.placements().stream()
                .filter(p -> p.isPlaced() && p.startsAfter(data.run().planningDate())).count();
        if (startingLater > 0) {
            sheet.row("Kinder mit späterem Aufnahmetermin", startingLater, "zugewiesen, Beginn zum nächsten "
                    + "Aufnahmetermin der Gruppe (Spalte „Beginn“)");
        }
        sheet.row("Kinder zurückgezogen", withdrawn, "durch Korrektur „zurückziehen“");
        sheet.row("Schulweg gemessen als", data.measure().label(), data.measureText());
        sheet.row("Schulweg gesamt (km)", figures.totalKm(), data.measure().label()
                + ", Summe über alle zugewiesenen Kinder");
        sheet.row("Schulweg Median (km)", figures.medianKm(), "die Hälfte der Kinder hat einen kürzeren Weg");
        sheet.row("Anteil innerhalb der Erstattungsgrenze", percent(figures.withinThresholdShare()),
                "Schulweg bis " + TravelCosts.describe());
        sheet.row("Geschwisterpaare an einer Schule", figures.siblingPairsTogether() + " von " + figures.siblingPairs(),
                "Geschwisterpaare, die eine gemeinsame passende Schule haben");
        sheet.row("Wünsche erfüllt", figures.wishesMet() + " von " + figures.pupilsWithWishes(),
                figures.firstWishesMet() + " davon Erstwunsch");
        sheet.row("Höchster Anteil Neuzugewanderter an einer Schule", percent(figures.highestNewcomerShare()),
                figures.highestShareSchool());
        if (data.run().assumedTotalPupils() != null) {
            sheet.row("Angenommene Schülerzahl für Schulen ohne Angabe", data.run().assumedTotalPupils(),
                    AssumedSchoolSize.Basis.valueOf(data.run().assumedSizeBasis()).label() + "; gilt für "
                            + data.run().schoolsWithoutSize() + (data.run().schoolsWithoutSize() == 1 ? " Schule"
                            : " Schulen") + " bei der fairen Verteilung");
        }
        PlanBound bound = PlanBound.of(data.run());
        if (bound != null) {
            sheet.row("Abstand zum bestmöglichen Plan", bound.gap() == null ? "–" : PlanBound.percent(bound.gap()),
                    bound.describe(data.run().mediumScore()) + (bound.proven() ? "; bewiesene Schranke ohne Geschwister-Bedingung"
                            : "; Schranke nicht bewiesen (Gewichte zu groß)"));
            sheet.row("Kinder ohne Schulplatz, bewiesenes Minimum", bound.unassigned(),
                    "weniger ist mit den freien Plätzen nicht möglich (gewichtet nach Dringlichkeit)");
        }
        for (ConstraintScore score : scores) {
            sheet.row("Bewertung: " + score.constraintName(), score.score(),
                    score.matches() + " Fälle, Stufe " + score.level());
        }
        sheet.finish();
    }

    static String percent(double share) {
        return String.format(Locale.GERMAN, "%.1f %%", share * 100);
    }
}
