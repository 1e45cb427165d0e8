package de.schulplatz.export;

import de.schulplatz.planning.PlacementStatus;
import de.schulplatz.planning.PlannedPlacement;
import de.schulplatz.pupils.Pupil;
import de.schulplatz.schools.School;
import de.schulplatz.schoolsystem.GermanDates;
import de.schulplatz.schoolsystem.OfficialCatalogues;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The handover file for the admitting school's administration software: per school, the children whose admission
 * is confirmed, in the column layout of the official SVWS import tool (SVWS-NRW/SVWS-Import,
 * {@code examples/schuelerdaten.csv}): semicolons, every field quoted, dates as TT.MM.JJJJ, UTF-8. What Schulplatz
 * does not know stays empty for the school to fill in (religion, class, telephone).
 */
final class SvwsHandoverWriter {

    /** The import tool's header, column for column as in its example. */
    static final List<String> HEADER = List.of("Nachname", "Vorname", "Alle Vornamen", "geburtsname", "geschlecht",
            "geburtsdatum", "geburtsort", "staatsangehörigkeit", "2. staatsang.", "konfession", "konfessionskuerzel",
            "drucke konfession", "konfessionsanmeldung", "konfessionsabmeldung", "geburtsland", "geburtsland vater",
            "geburtsland mutter", "verkehrssprache familie", "migrationshintergrund", "zuzugsjahr", "straße",
            "hausnummer", "hausnummernzusatz", "postleitzahl", "wohnort", "telefon", "mobil", "e-mail", "e-mail schule",
            "status", "klasse", "jahrgang", "anmeldedatum", "aufnahmedatum", "beginn bildungsgang",
            "dauer bildungsgang", "externe schulnummer", "beruf", "masernimpfnachweis", "keine auskunft an dritte",
            "schueler-basfoeg", "meister-bafoeg");

    /** "Hauptstraße 12a", "Am Markt 3-5": the street, the number, the suffix. */
    private static final Pattern STREET_WITH_NUMBER = Pattern.compile("^(.*?\\S)\\s+(\\d+)\\s*([a-zA-Z]?(?:\\s*[-/]\\s*\\d+[a-zA-Z]?)?)$");
    private static final Pattern NUMBER_WITH_SUFFIX = Pattern.compile("^(\\d+)\\s*(.*)$");

    /** Street, house number and suffix, as the import tool keeps them apart. */
    record StreetAddress(String street, String number, String suffix) {
    }

    private SvwsHandoverWriter() {
    }

    /** The confirmed children of each school with any, by school number. */
    static Map<String, List<PlannedPlacement>> confirmedBySchool(RunData data) {
        return data.placements().stream().filter(p -> p.status() == PlacementStatus.BESTAETIGT)
                .collect(Collectors.groupingBy(PlannedPlacement::schoolNumber, TreeMap::new, Collectors.toList()));
    }

    /** {@code SVWS_<authority>_<Schulnummer>.csv}: named for its authority, so that it sees only its own. */
    static String fileName(School school) {
        return "SVWS_" + AuthorityList.fileStem(school.authority()) + "_" + school.schoolNumber() + ".csv";
    }

    static void write(RunData data, List<PlannedPlacement> confirmed, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(line(HEADER));
        List<PlannedPlacement> sorted = new ArrayList<>(confirmed);
        sorted.sort(Comparator.comparing((PlannedPlacement p) -> data.pupil(p).lastName())
                .thenComparing(PlannedPlacement::caseNumber));
        for (PlannedPlacement placement : sorted) {
            writer.write(line(row(data.pupil(placement), placement)));
        }
        writer.flush();
    }

    static List<String> row(Pupil pupil, PlannedPlacement placement) {
        Pupil.RegistryDetails registry = pupil.registry();
        StreetAddress address = streetAddress(pupil.address() == null ? null : pupil.address().street(),
                registry.houseNumber());
        String language = pupil.familyLanguage() == null ? ""
                : OfficialCatalogues.get().language(pupil.familyLanguage()).map(OfficialCatalogues.Language::name)
                        .orElse("");
        List<String> row = new ArrayList<>();
        row.add(pupil.lastName());
        row.add(pupil.firstName());
        row.add(pupil.firstName());
        row.add("");
        row.add(pupil.sex() == null ? "" : pupil.sex());
        row.add(date(pupil.birthDate()));
        row.add("");
        row.add(orEmpty(registry.nationality()));
        row.addAll(List.of("", "", "", "", "", ""));
        row.add(orEmpty(registry.birthCountry()));
        row.addAll(List.of("", ""));
        row.add(language);
        row.add("");
        row.add(registry.arrivalYear() == null ? "" : registry.arrivalYear().toString());
        row.add(address.street());
        row.add(address.number());
        row.add(address.suffix());
        row.add(pupil.address() == null ? "" : orEmpty(pupil.address().postalCode()));
        row.add(pupil.address() == null ? "" : orEmpty(pupil.address().city()));
        row.addAll(List.of("", "", "", ""));
        row.add("aktiv");
        row.add("");
        row.add(String.format("%02d", placement.grade()));
        row.add("");
        row.add(date(placement.startDate()));
        while (row.size() < HEADER.size()) {
            row.add("");
        }
        return row;
    }

    /** The street without its number, the number and its suffix; a separate house number wins. */
    static StreetAddress streetAddress(String street, String houseNumber) {
        String text = orEmpty(street).strip();
        if (houseNumber != null && !houseNumber.isBlank()) {
            Matcher number = NUMBER_WITH_SUFFIX.matcher(houseNumber.strip());
            return number.matches() ? new StreetAddress(text, number.group(1), number.group(2).strip())
                    : new StreetAddress(text, houseNumber.strip(), "");
        }
        Matcher matcher = STREET_WITH_NUMBER.matcher(text);
        return matcher.matches() ? new StreetAddress(matcher.group(1), matcher.group(2), matcher.group(3).replace(" ", ""))
                : new StreetAddress(text, "", "");
    }

    private static String date(LocalDate date) {
        return date == null ? "" : GermanDates.format(date);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Every field in quotes, a quote inside doubled, as the import tool's example writes them. */
    private static String line(List<String> fields) {
        return fields.stream().map(f -> "\"" + orEmpty(f).replace("\"", "\"\"").replace("\r", " ").replace("\n", " ") + "\"")
                .collect(Collectors.joining(";")) + "\n";
    }
}
