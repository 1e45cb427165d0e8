package de.schulplatz.intake;

import java.util.Arrays;
import java.util.List;

/** Lists of languages as typed in one cell. */
final class Languages {

    private Languages() {
    }

    static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;/]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
