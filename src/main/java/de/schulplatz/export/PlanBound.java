package de.schulplatz.export;

import de.schulplatz.runs.PlanningRun;
import java.util.Locale;

/**
 * How close the plan of a run is to the best possible one, from the min-cost flow's bound (docs/rules.md,
 * "Beweisbare Schranke"). Scores as in {@code score}: negative penalties.
 *
 * @param medium     the exact best medium score (weighted unassigned) any plan can reach
 * @param soft       no plan with that medium score has a better soft score than this
 * @param unassigned pupils without a place in the flow's optimum
 * @param proven     false only if the costs were too large for an exact order of the levels
 * @param gap        (plan's soft penalty − bound) / bound, as a fraction; null when the plan misses the
 *                   medium optimum (then the soft levels are not comparable) or the bound is 0 and the plan not
 * @param provenOptimal the plan reaches the proven bound: no plan is better ("bewiesen optimal")
 */
record PlanBound(long medium, long soft, int unassigned, boolean proven, Double gap, boolean provenOptimal) {

    static PlanBound of(PlanningRun run) {
        if (run.boundMedium() == null || run.boundSoft() == null || run.mediumScore() == null || run.softScore() == null) {
            return null;
        }
        boolean proven = Boolean.TRUE.equals(run.boundExact());
        boolean reached = run.mediumScore() == -run.boundMedium() && run.softScore() == -run.boundSoft()
                && run.hardScore() != null && run.hardScore() == 0;
        return new PlanBound(-run.boundMedium(), -run.boundSoft(), run.boundUnassigned() == null ? 0 : run.boundUnassigned(),
                proven, run.boundGap(), proven && reached);
    }

    /** The sentence for the sheet "Auswertung". */
    String describe(long planMedium) {
        if (provenOptimal) {
            return "bewiesen optimal: der Plan erreicht die Schranke, kein Plan ist besser";
        }
        if (gap != null) {
            return String.format(Locale.GERMAN, "höchstens %s vom bestmöglichen Plan", percent(gap));
        }
        if (planMedium < medium) {
            return "mehr Kinder ohne Platz als nötig: bestmöglich wären " + unassigned + " ohne Platz";
        }
        return "Abstand nicht bestimmbar (Schranke 0)";
    }

    static String percent(double share) {
        return share < 0.0001 && share > 0 ? "0,01 %" : String.format(Locale.GERMAN, "%.2f %%", share * 100);
    }
}
