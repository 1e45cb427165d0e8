package de.schulplatz.runs;

import java.time.format.DateTimeFormatter;

/**
 * A run started before the latest published one must not become the published plan: its import and its
 * plan are older than what the authorities already have (children imported meanwhile would be missing,
 * and the next run would start from it). The message is German and names runs only.
 */
public class SupersededRunException extends IllegalStateException {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    SupersededRunException(long runId, PlanningRun newer) {
        super("Lauf " + runId + " ist überholt: der neuere Lauf " + newer.id() + " (" + DATE.format(newer.planningDate())
                + ", Nr. " + newer.runNumber() + ") ist schon veröffentlicht; ein älterer Plan darf ihn nicht ersetzen. "
                + "Bitte einen neuen Planungslauf starten.");
    }
}
