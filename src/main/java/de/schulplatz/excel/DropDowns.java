package de.schulplatz.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/** Drop-down lists for the coded columns of an input sheet (templates and the Korrekturen sheet). */
public final class DropDowns {

    private static final int VALIDATED_ROWS = 2000;

    private DropDowns() {
    }

    /** Adds a list of allowed values below the header for every column that has choices. */
    public static void add(Sheet sheet, List<? extends ColumnSpec> columns) {
        for (int i = 0; i < columns.size(); i++) {
            add(sheet, i, columns.get(i).choices());
        }
    }

    /** Adds a list of allowed values below the header of one column (0-based); none for no choices. */
    public static void add(Sheet sheet, int column, List<String> choices) {
        if (choices.isEmpty()) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(choices.toArray(String[]::new)),
                new CellRangeAddressList(1, VALIDATED_ROWS, column, column));
        validation.setShowErrorBox(true);
        validation.createErrorBox("Ungültiger Wert", "Bitte einen Wert aus der Liste wählen.");
        sheet.addValidationData(validation);
    }
}
