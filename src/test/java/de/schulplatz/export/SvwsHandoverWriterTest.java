package de.schulplatz.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.schulplatz.export.SvwsHandoverWriter.StreetAddress;
import de.schulplatz.support.SvwsImportTool;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SvwsHandoverWriterTest {

    @Test
    void theHeaderIsTheImportToolsColumnForColumn() {
        assertThat(SvwsHandoverWriter.HEADER).containsExactlyElementsOf(Arrays.stream(SvwsImportTool.HEADER_LINE.split(";"))
                .map(field -> field.substring(1, field.length() - 1)).toList());
    }

    @Test
    void theHouseNumberIsTakenApartFromTheStreet() {
        assertThat(SvwsHandoverWriter.streetAddress("Rosenstraße 12a", null))
                .isEqualTo(new StreetAddress("Rosenstraße", "12", "a"));
        assertThat(SvwsHandoverWriter.streetAddress("Am Markt 3 - 5", null))
                .isEqualTo(new StreetAddress("Am Markt", "3", "-5"));
        assertThat(SvwsHandoverWriter.streetAddress("Straße des 17. Juni 100", null))
                .isEqualTo(new StreetAddress("Straße des 17. Juni", "100", ""));
        assertThat(SvwsHandoverWriter.streetAddress("Hinterhof", null)).isEqualTo(new StreetAddress("Hinterhof", "", ""));
        // A separate column wins, and keeps its suffix apart
        assertThat(SvwsHandoverWriter.streetAddress("Rosenstraße", "12 b"))
                .isEqualTo(new StreetAddress("Rosenstraße", "12", "b"));
    }
}
