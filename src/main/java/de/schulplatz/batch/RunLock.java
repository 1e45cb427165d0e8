package de.schulplatz.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One planning run at a time, across processes and machines sharing the database: a PostgreSQL
 * session-level advisory lock on a connection of its own. If the process dies, PostgreSQL ends the
 * session and the lock is free again, so a crashed run never blocks the next night.
 */
@Component
public class RunLock {

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);
    /** An arbitrary but fixed key: "SCHULPLA" in ASCII. */
    private static final long KEY = 0x5343_4855_4C50_4C41L;

    private final DataSource dataSource;
    private Connection held;

    public RunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Takes the lock or throws {@link RunAlreadyActiveException}. */
    public synchronized void acquire() {
        if (held != null) {
            throw new RunAlreadyActiveException();
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                statement.setLong(1, KEY);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    if (!result.getBoolean(1)) {
                        connection.close();
                        throw new RunAlreadyActiveException();
                    }
                }
            }
            held = connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Sperre für den Planungslauf nicht erhältlich (Datenbank)", e);
        }
    }

    /** Releases the lock if this process holds it; safe to call more than once. */
    public synchronized void release() {
        if (held == null) {
            return;
        }
        try (PreparedStatement statement = held.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, KEY);
            statement.execute();
        } catch (SQLException e) {
            log.warn("Releasing the run lock failed; closing its connection releases it: {}", e.getMessage());
        } finally {
            closeQuietly(held);
            held = null;
        }
    }

    /**
     * True while any process holds the lock, i.e. a run is really going on; a run left "started" by a killed
     * process holds none. PostgreSQL shows a bigint advisory key as classid (high half) and objid (low half).
     */
    public boolean isTakenAnywhere() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted
                          AND classid::bigint = ? AND objid::bigint = ? AND objsubid = 1""")) {
            statement.setLong(1, KEY >>> 32);
            statement.setLong(2, KEY & 0xFFFF_FFFFL);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Sperre für den Planungslauf nicht prüfbar (Datenbank)", e);
        }
    }

    public synchronized boolean isHeldHere() {
        return held != null;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the session ends either way
            }
        }
    }
}
