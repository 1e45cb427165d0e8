package de.schulplatz.schoolsystem;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days of the year a group admits newcomers (Aufnahmetermine), e.g. 1 November, 1 February and 1 May
 * for "Fit für mehr", written "01.11., 01.02., 01.05.".
 */
public final class IntakeDates {

    private static final Pattern DAY = Pattern.compile("\\s*(\\d{1,2})\\.(\\d{1,2})\\.?\\s*");

    private IntakeDates() {
    }

    /** The days of a list of texts ("01.08."); throws with the setting's name when one is not a day. */
    static List<MonthDay> parse(List<String> texts, String setting) {
        List<MonthDay> days = new ArrayList<>();
        for (String text : texts) {
            Optional<MonthDay> day = day(text);
            if (day.isEmpty()) {
                throw new IllegalArgumentException("Einstellung " + setting + ": „" + text
                        + "“ ist kein Tag im Jahr (TT.MM.)");
            }
            days.add(day.get());
        }
        return List.copyOf(days);
    }

    /** The days of a cell "01.08., 01.02." or "01.08.; 01.02."; empty when one part is not a day. */
    public static Optional<List<MonthDay>> ofCell(String text) {
        List<MonthDay> days = new ArrayList<>();
        for (String part : text.split("[,;/]|\\s+und\\s+")) {
            if (part.isBlank()) {
                continue;
            }
            Optional<MonthDay> day = day(part);
            if (day.isEmpty()) {
                return Optional.empty();
            }
            days.add(day.get());
        }
        return days.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(days));
    }

    private static Optional<MonthDay> day(String text) {
        Matcher matcher = DAY.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MonthDay.of(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The first intake day on or after {@code from}; {@code from} itself when the group admits any day. */
    public static LocalDate nextOnOrAfter(LocalDate from, List<MonthDay> days) {
        LocalDate next = null;
        for (MonthDay day : days) {
            LocalDate candidate = day.atYear(from.getYear());
            if (candidate.isBefore(from)) {
                candidate = day.atYear(from.getYear() + 1);
            }
            if (next == null || candidate.isBefore(next)) {
                next = candidate;
            }
        }
        return next == null ? from : next;
    }
}
