package de.schulplatz.documents;

import java.util.Map;

/**
 * The texts of the family letter in one language, as the KI keeps them in {@code letters/<code>.properties}.
 *
 * @param code      the file's name: ISO 639 code (de, ar, uk, tr, fa, prs, kmr, ckb, ro, bg, ti, ru, ps)
 * @param language  its German name, e.g. "Kurdisch (Sorani)"
 * @param native_   its own name, e.g. "کوردیی ناوەندی"
 * @param rightToLeft whether the script runs from right to left
 * @param reviewed  whether a qualified translator checked the text and the KI confirmed it
 * @param texts     the paragraphs by key: title, salutation, placed, start, register, bring, travel, help, closing
 */
public record LetterTemplate(String code, String language, String native_, boolean rightToLeft, boolean reviewed,
        Map<String, String> texts) {

    /** The paragraphs of a letter, in order; "travel" only where travel costs are reimbursed. */
    public static final java.util.List<String> PARAGRAPHS = java.util.List.of("salutation", "placed", "start",
            "register", "bring", "travel", "help");

    /** A paragraph with the placeholders ({kind}, {geburtsdatum}, …) filled in with already escaped values. */
    public String text(String key, Map<String, String> values) {
        String text = texts.getOrDefault(key, "");
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return text;
    }
}
