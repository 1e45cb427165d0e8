package de.schulplatz.schoolsystem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which school authority (Schulaufsicht) supervises a school: the Schulamt of the Kreis or independent
 * city for Grund-, Haupt- and Förderschulen, otherwise the Bezirksregierung of the Regierungsbezirk,
 * which the third digit of the municipality key names (SchulG NRW §§ 86-88).
 */
public final class Authorities {

    /** Used when the municipality lies outside NRW, so that the pupil still appears in a list. */
    public static final String UNKNOWN = "Schulaufsicht unbekannt";

    private static final Map<Character, String> BEZIRKSREGIERUNG = Map.of(
            '1', "Bezirksregierung Düsseldorf",
            '3', "Bezirksregierung Köln",
            '5', "Bezirksregierung Münster",
            '7', "Bezirksregierung Detmold",
            '9', "Bezirksregierung Arnsberg");

    private final Map<String, String> schulamtByKreisKey;
    private final Map<String, String> kreisNameByKey;

    private Authorities(Map<String, String> schulamtByKreisKey, Map<String, String> kreisNameByKey) {
        this.schulamtByKreisKey = schulamtByKreisKey;
        this.kreisNameByKey = kreisNameByKey;
    }

    public static Authorities fromClasspath() {
        Map<String, String> schulamt = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        InputStream stream = Authorities.class.getClassLoader().getResourceAsStream("reference/kreise.csv");
        if (stream == null) {
            throw new IllegalStateException("missing reference data reference/kreise.csv");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> line.startsWith("05")).map(line -> line.split(";")).forEach(fields -> {
                names.put(fields[0], fields[1]);
                schulamt.put(fields[0], fields[2]);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Authorities(schulamt, names);
    }

    /** The authority for a school of this form in this municipality; empty for a key outside NRW. */
    public Optional<String> authorityFor(SchoolForm form, String municipalityKey) {
        if (municipalityKey == null || municipalityKey.length() < 5 || !municipalityKey.startsWith("05")) {
            return Optional.empty();
        }
        if (form.authorityLevel() == AuthorityLevel.SCHULAMT) {
            return Optional.ofNullable(schulamtByKreisKey.get(municipalityKey.substring(0, 5)));
        }
        return Optional.ofNullable(BEZIRKSREGIERUNG.get(municipalityKey.charAt(2)));
    }

    public Optional<String> kreisName(String municipalityKey) {
        return municipalityKey == null || municipalityKey.length() < 5
                ? Optional.empty()
                : Optional.ofNullable(kreisNameByKey.get(municipalityKey.substring(0, 5)));
    }
}
