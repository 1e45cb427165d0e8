package de.schulplatz.excel;

import java.util.List;

/**
 * One column of an input sheet, found by its German header (or an alias) in any position; implemented
 * by the column enums of each input format so that readers, templates and docs share one definition.
 */
public interface ColumnSpec {

    Column column();

    default String header() {
        return column().header();
    }

    default List<String> aliases() {
        return column().aliases();
    }

    default boolean required() {
        return column().required();
    }

    /** German explanation for the template and the docs. */
    default String description() {
        return column().description();
    }

    /** Allowed values for a drop-down list in the template, empty when free text. */
    default List<String> choices() {
        return column().choices();
    }
}
