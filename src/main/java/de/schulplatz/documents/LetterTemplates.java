package de.schulplatz.documents;

import de.schulplatz.schoolsystem.OfficialCatalogues;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The family letter's texts, one file per language: those in the jar ({@code letters/}), each replaced by a file
 * of the same name in the KI's folder ({@code schulplatz.documents.letter-templates}), where the KI edits them.
 */
@Component
public class LetterTemplates {

    /** The languages with a letter text: German and the family languages most frequent in NRW's initial support. */
    public static final List<String> CODES = List.of("de", "ar", "uk", "tr", "fa", "prs", "kmr", "ckb", "ro", "bg",
            "ti", "ru", "ps");

    /**
     * Words advisers write for a variety the official catalogue files under one language: Dari is Persian there,
     * Kurmanji and Sorani are Kurdish. Plain "Kurdisch" gets Kurmanji, the variety most Kurdish families in NRW
     * speak; the KI can write "Sorani" in the column Familiensprache.
     */
    private static final Map<String, String> VARIETIES = Map.of("dari", "prs", "sorani", "ckb", "kurdisch (sorani)",
            "ckb", "kurmanji", "kmr", "kurmandschi", "kmr", "kurdisch (kurmanji)", "kmr", "kurdisch", "kmr",
            "ku", "kmr", "farsi", "fa");

    private final Map<String, LetterTemplate> templates;

    @Autowired
    LetterTemplates(DocumentSettings settings) {
        this(settings.letterTemplates());
    }

    /** @param folder the KI's folder of letter texts, or null for the texts in the jar */
    public LetterTemplates(Path folder) {
        Map<String, LetterTemplate> loaded = new LinkedHashMap<>();
        for (String code : CODES) {
            loaded.put(code, load(code, folder));
        }
        this.templates = Map.copyOf(loaded);
    }

    public LetterTemplate german() {
        return templates.get("de");
    }

    public Optional<LetterTemplate> ofCode(String code) {
        return Optional.ofNullable(templates.get(code));
    }

    /**
     * The letter text for a family language as the adviser wrote it ("Arabisch", "ar", "Dari", "Sorani"); empty for
     * German and for a language without a letter text (then the letter is in German only).
     */
    public Optional<LetterTemplate> forFamilyLanguage(String familyLanguage) {
        if (familyLanguage == null || familyLanguage.isBlank()) {
            return Optional.empty();
        }
        String key = familyLanguage.strip().toLowerCase(Locale.GERMAN);
        String code = VARIETIES.get(key);
        if (code == null) {
            code = OfficialCatalogues.get().language(familyLanguage).map(OfficialCatalogues.Language::code)
                    .map(c -> VARIETIES.getOrDefault(c, c)).orElse(key);
        }
        return "de".equals(code) ? Optional.empty() : ofCode(code);
    }

    private static LetterTemplate load(String code, Path folder) {
        Properties properties = new Properties();
        Path own = folder == null ? null : folder.resolve(code + ".properties");
        try (InputStream stream = own != null && Files.isRegularFile(own) ? Files.newInputStream(own)
                : LetterTemplates.class.getClassLoader().getResourceAsStream("letters/" + code + ".properties")) {
            if (stream == null) {
                throw new IllegalStateException("letter text letters/" + code + ".properties missing");
            }
            try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Brieftext " + code + ".properties kann nicht gelesen werden", e);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : List.of("title", "salutation", "placed", "start", "register", "bring", "travel", "help",
                "closing")) {
            String text = properties.getProperty(key);
            if (text == null || text.isBlank()) {
                throw new IllegalStateException("Brieftext " + code + ".properties: „" + key + "“ fehlt");
            }
            texts.put(key, text.strip());
        }
        return new LetterTemplate(code, properties.getProperty("language", code), properties.getProperty("native", code),
                "rtl".equalsIgnoreCase(properties.getProperty("direction", "ltr").strip()),
                "ja".equalsIgnoreCase(properties.getProperty("reviewed", "nein").strip()), Map.copyOf(texts));
    }
}
