package de.schulplatz.intake;

import de.schulplatz.excel.ColumnSpec;
import de.schulplatz.excel.DataRow;
import java.util.HashMap;
import java.util.Map;

/**
 * Which row of a record counts when several files of one run carry it (a Fallnummer, a Schulnummer): the
 * one from the file received last, so a corrected file uploaded later always wins, whatever its name. The
 * files are read newest first ({@link InputReader}); the first valid row of a key is
 * taken, a later one of another (older) file is superseded with a remark, one of the same file is a
 * duplicate and rejected.
 */
final class NewestVersions {

    private record Where(String fileName, int rowNumber) {
    }

    private final Map<String, Where> taken = new HashMap<>();

    /** The keys taken so far, to go back to when a file has to be left out after all. */
    NewestVersions copy() {
        NewestVersions copy = new NewestVersions();
        copy.taken.putAll(taken);
        return copy;
    }

    /**
     * @param what the record in German for the reasons, e.g. "Fallnummer"
     * @return true when this row counts; false when it was rejected or superseded (noted on the row)
     */
    boolean take(String key, String fileName, DataRow row, ColumnSpec column, String what) {
        Where where = new Where(fileName, row.rowNumber());
        Where earlier = taken.putIfAbsent(key, where);
        if (earlier == null) {
            return true;
        }
        if (earlier.fileName().equals(fileName)) {
            row.problem(column, what + " doppelt; bereits gelesen in " + fileName + ", Zeile " + earlier.rowNumber());
        } else {
            row.supersede(column, "ersetzt durch die neuere Fassung in " + earlier.fileName() + ", Zeile "
                    + earlier.rowNumber() + " (später eingegangen); diese Zeile wird nicht importiert");
        }
        return false;
    }
}
