package de.schulplatz.schoolsystem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The official NRW catalogues the admitting school's software (SVWS-Server) uses for a pupil's family language
 * (Verkehrssprache) and for countries (Staatsangehörigkeit, Geburtsland), from {@code reference/verkehrssprachen.csv}
 * and {@code reference/staaten.csv}: what an adviser types, matched to the catalogue's entry.
 */
public final class OfficialCatalogues {

    /** A family language of the catalogue: its code (ISO 639-1 as SVWS keeps it) and its German name. */
    public record Language(String code, String name) {
    }

    /**
     * Names advisers use for a language the catalogue lists under another name, or only as its macrolanguage:
     * Dari is a Persian variety, Kurmanji and Sorani are Kurdish (the catalogue has one entry for Kurdish).
     */
    private static final Map<String, String> LANGUAGE_ALIASES = Map.ofEntries(
            Map.entry("dari", "fa"), Map.entry("farsi", "fa"), Map.entry("persisch (dari)", "fa"),
            Map.entry("kurmanji", "ku"), Map.entry("kurmandschi", "ku"), Map.entry("kurdisch (kurmanji)", "ku"),
            Map.entry("sorani", "ku"), Map.entry("kurdisch (sorani)", "ku"), Map.entry("paschtu", "ps"),
            Map.entry("paschtunisch", "ps"), Map.entry("pashto", "ps"), Map.entry("tigrinisch", "ti"),
            Map.entry("tigrigna", "ti"), Map.entry("ukrainian", "uk"), Map.entry("arabic", "ar"),
            Map.entry("turkish", "tr"), Map.entry("russian", "ru"), Map.entry("romanian", "ro"),
            Map.entry("bulgarian", "bg"));

    private static final OfficialCatalogues INSTANCE = load();

    private final Map<String, Language> languages;
    private final Map<String, String> countries;

    private OfficialCatalogues(Map<String, Language> languages, Map<String, String> countries) {
        this.languages = languages;
        this.countries = countries;
    }

    public static OfficialCatalogues get() {
        return INSTANCE;
    }

    /** The catalogue's language for a name ("Arabisch", "arabisch"), a code ("ar", "ara") or an alias ("Dari"). */
    public Optional<Language> language(String text) {
        String key = key(text);
        String alias = LANGUAGE_ALIASES.get(key);
        return Optional.ofNullable(languages.get(alias != null ? alias : key));
    }

    /**
     * The ISO 3166 alpha-3 code for a code ("SYR"), a country's name ("Syrien", "Arabische Republik Syrien") or a
     * nationality ("syrisch").
     */
    public Optional<String> country(String text) {
        return Optional.ofNullable(countries.get(key(text)));
    }

    private static String key(String text) {
        return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.GERMAN);
    }

    private static OfficialCatalogues load() {
        Map<String, Language> languages = new HashMap<>();
        read("reference/verkehrssprachen.csv", fields -> {
            Language language = new Language(fields[0], fields[1]);
            for (String name : List.of(fields[0], fields[1], fields[2])) {
                languages.putIfAbsent(key(name), language);
            }
        });
        Map<String, String> countries = new HashMap<>();
        read("reference/staaten.csv", fields -> {
            for (String name : fields) {
                countries.putIfAbsent(key(name), fields[0]);
            }
        });
        // Short names advisers write for states the catalogue names officially.
        Map.of("syrien", "SYR", "iran", "IRN", "russland", "RUS", "moldau", "MDA", "moldawien", "MDA")
                .forEach((name, code) -> countries.putIfAbsent(name, code));
        return new OfficialCatalogues(Map.copyOf(languages), Map.copyOf(countries));
    }

    private static void read(String resource, Consumer<String[]> row) {
        InputStream stream = OfficialCatalogues.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing reference data " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.startsWith("#")).skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.split(";", -1)).forEach(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
