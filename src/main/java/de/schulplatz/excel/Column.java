package de.schulplatz.excel;

import java.util.List;

/**
 * The definition of one input column; the column enums of the input formats each hold one.
 *
 * @param aliases other headers accepted for the same column
 * @param choices allowed values for a drop-down list, empty for free text
 */
public record Column(String header, List<String> aliases, boolean required, String description,
        List<String> choices) {

    public Column {
        aliases = List.copyOf(aliases);
        choices = List.copyOf(choices);
    }
}
