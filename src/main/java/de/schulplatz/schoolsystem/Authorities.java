package de.schulplatz.schoolsystem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
    /** Every official name by its {@link #matchKey}: how a name typed in a workbook finds its authority. */
    private final Map<String, String> officialByMatchKey = new HashMap<>();

    private Authorities(Map<String, String> schulamtByKreisKey, Map<String, String> kreisNameByKey) {
        this.schulamtByKreisKey = schulamtByKreisKey;
        this.kreisNameByKey = kreisNameByKey;
        List<String> official = new ArrayList<>(schulamtByKreisKey.values());
        official.addAll(BEZIRKSREGIERUNG.values());
        for (String name : official) {
            String earlier = officialByMatchKey.put(matchKey(name), name);
            if (earlier != null && !earlier.equals(name)) {
                throw new IllegalStateException("reference data: two authorities share a name: " + name);
            }
        }
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

    /** Every Schulamt and Bezirksregierung of NRW, by its official name. */
    public Set<String> officialNames() {
        return new TreeSet<>(officialByMatchKey.values());
    }

    /**
     * The official authority a name given in a workbook or a setting means: equal up to case, umlaut
     * spelling (ue for ü, ss for ß), blanks and punctuation; empty when it names none of them.
     */
    public Optional<String> resolve(String given) {
        return given == null ? Optional.empty() : Optional.ofNullable(officialByMatchKey.get(matchKey(given)));
    }

    /**
     * What remains of a name once case, umlaut spelling, blanks and punctuation are gone. Two official
     * names never share it (checked when the reference data is read), so neither do their file names.
     */
    static String matchKey(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        return folded.replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    public Optional<String> kreisName(String municipalityKey) {
        return municipalityKey == null || municipalityKey.length() < 5
                ? Optional.empty()
                : Optional.ofNullable(kreisNameByKey.get(municipalityKey.substring(0, 5)));
    }
}
