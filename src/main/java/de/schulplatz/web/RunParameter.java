package de.schulplatz.web;

import org.springframework.http.HttpStatus;

/**
 * The optional {@code lauf} parameter of the plan pages. Read as text so that a mistyped address gets a
 * German "Ungültige Angabe" page instead of the internal-error page a failed conversion would produce.
 */
final class RunParameter {

    private RunParameter() {
    }

    /** The run id asked for, or null for "the latest published plan". */
    static Long runId(String lauf) {
        if (lauf == null || lauf.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(lauf.strip());
        } catch (NumberFormatException e) {
            throw new WorkspaceErrors.PageException(HttpStatus.BAD_REQUEST,
                    "Die Laufnummer muss eine Zahl sein.");
        }
    }
}
