package de.schulplatz.intake;

import java.util.regex.Pattern;

/**
 * What a Fallnummer may be. It names a child in every list, in the workspace's addresses
 * ({@code /schueler/<Fallnummer>}) and in the API, so it must be safe there as it is: letters, digits and
 * {@code . _ -}, beginning with a letter or digit (no spreadsheet reads it as a formula, e.g. "-5-3"). A
 * slash is refused: encoded it is rejected by the web server, unencoded it splits the address, and
 * {@code A/../X} would lead to another child's page.
 */
final class CaseNumbers {

    static final int MAX_LENGTH = 40;
    private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0," + (MAX_LENGTH - 1) + "}");

    /** The reason of a rejected Fallnummer, also for the template and docs. */
    static final String RULE = "Fallnummer: Buchstaben, Ziffern und . _ -, am Anfang ein Buchstabe oder eine Ziffer, "
            + "höchstens " + MAX_LENGTH + " Zeichen; kein Schrägstrich (statt 2024/17 bitte 2024-17)";

    private CaseNumbers() {
    }

    static boolean isValid(String caseNumber) {
        return SAFE.matcher(caseNumber).matches();
    }
}
