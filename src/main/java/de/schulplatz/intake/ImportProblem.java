package de.schulplatz.intake;

/**
 * One entry of the Fehlerbericht: a rejected row ({@link Severity#FEHLER}) or a remark on an imported
 * row or sheet ({@link Severity#HINWEIS}).
 *
 * @param rowNumber real Excel row number (1-based), null for a problem of the whole file
 */
public record ImportProblem(Severity severity, String fileName, String sheet, Integer rowNumber, String column,
        String value, String reason) {

    public enum Severity {
        /** The row was not imported. */
        FEHLER,
        /** The row was imported; the adviser should check the remark. */
        HINWEIS
    }
}
