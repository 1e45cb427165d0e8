package de.schulplatz.intake;

/** The official 6-digit Schulnummer; a number cell loses leading zeros, which are restored here. */
final class SchoolNumbers {

    private SchoolNumbers() {
    }

    static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        return value.matches("\\d{1,5}") ? "0".repeat(6 - value.length()) + value : value;
    }

    static boolean isValid(String number) {
        return number != null && number.matches("\\d{6}");
    }
}
