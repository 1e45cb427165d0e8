package de.schulplatz.intake;

import java.sql.SQLException;
import org.springframework.dao.DataAccessException;

/**
 * The database refused to store imported rows. Carries only the file and the SQL state, never the
 * driver's message or cause: those quote the rows (names, birth dates, addresses), and the batch log
 * prints every failure with its causes.
 */
public class ImportWriteException extends RuntimeException {

    ImportWriteException(String what, String fileName, DataAccessException cause) {
        super("Datenbankfehler beim Speichern der " + what + " aus " + fileName + " (SQL-Status "
                + sqlState(cause) + "); nichts aus dieser Einlesung wurde gespeichert");
    }

    private static String sqlState(DataAccessException e) {
        Throwable current = e;
        while (current != null) {
            if (current instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            current = current.getCause();
        }
        return "unbekannt";
    }
}
