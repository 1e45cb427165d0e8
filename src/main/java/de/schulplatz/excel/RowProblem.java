package de.schulplatz.excel;

/**
 * Why a cell (or a whole row, when {@code column} is empty) could not be accepted.
 *
 * @param column the German column header, empty for a row-level problem
 * @param value  the cell content as the user sees it, may be empty
 * @param reason German explanation for the KI adviser
 */
public record RowProblem(String column, String value, String reason) {
}
