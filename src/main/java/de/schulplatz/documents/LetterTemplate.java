package de.schulplatz.documents;

import java.util.List;
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
    public static final List<String> PARAGRAPHS = List.of("salutation", "placed", "start",
            "register", "bring", "travel", "help");

    /** A paragraph as the KI wrote it, placeholders ({kind}, {geburtsdatum}, …) still in it. */
    public String text(String key) {
        return texts.getOrDefault(key, "");
    }
}
