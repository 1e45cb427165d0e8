package de.schulplatz.export;

import de.schulplatz.excel.DropDowns;
import de.schulplatz.excel.TableSheet;
import de.schulplatz.excel.WorkbookStyles;
import de.schulplatz.intake.CorrectionColumn;
import de.schulplatz.intake.SheetKind;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The empty sheet "Korrekturen" in every list: the administrator fills it in and drops the workbook into
 * the input folder; the next run applies each row (see CorrectionsImport).
 */
final class CorrectionsSheet {

    private CorrectionsSheet() {
    }

    static void write(WorkbookStyles styles) {
        List<CorrectionColumn> columns = Arrays.asList(CorrectionColumn.values());
        Sheet sheet = TableSheet.create(styles, SheetKind.KORREKTUREN.sheetName(),
                columns.stream().map(CorrectionColumn::header).toList()).finish();
        DropDowns.add(sheet, columns);
    }
}
