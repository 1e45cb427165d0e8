package de.schulplatz.batch;

/** A second start while a planning run is active (here or on another machine sharing the database). */
public class RunAlreadyActiveException extends RuntimeException {

    public RunAlreadyActiveException() {
        super("Es läuft bereits ein Planungslauf; ein zweiter Start ist nicht möglich. Bitte warten, bis er endet.");
    }
}
