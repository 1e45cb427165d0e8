package de.schulplatz.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"x\")", "+49 123", "-5", "@SUM(A1)", "\t=1", "\r=1", "=", "-"})
    void textStartingWithAFormulaCharacterLooksLikeAFormula(String text) {
        assertThat(SafeText.looksLikeFormula(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Anna", "1-2", "Müller-Lüdenscheidt", " =1", "a=b", "49 123"})
    void ordinaryTextDoesNotLookLikeAFormula(String text) {
        assertThat(SafeText.looksLikeFormula(text)).isFalse();
    }
}
