package de.schulplatz.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.schulplatz.support.DatabaseTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The run lock seen from two processes: each is a lock object with its own database session. */
@DatabaseTest
class RunLockTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aLockTakenByOneProcessIsSeenAndRefusedByAnother() {
        RunLock first = new RunLock(dataSource);
        RunLock second = new RunLock(dataSource);
        assertThat(second.isTakenAnywhere()).isFalse();

        first.acquire();
        try {
            assertThat(second.isTakenAnywhere()).isTrue();
            assertThat(second.isHeldHere()).isFalse();
            assertThatThrownBy(second::acquire).isInstanceOf(RunAlreadyActiveException.class);
        } finally {
            first.release();
        }
        assertThat(second.isTakenAnywhere()).isFalse();
    }
}
