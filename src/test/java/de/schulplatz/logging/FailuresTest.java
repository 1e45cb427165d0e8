package de.schulplatz.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void unexpectedFailuresAreLoggedWithoutTheirMessagesWhichMayQuotePersonalData() {
        var failure = new IllegalStateException("wrapped: Mustermann",
                new SQLException("Failing row contains (KI-1, Mustermann, Erika)"));

        String logged = Failures.withoutMessages(failure);

        assertThat(logged).startsWith("java.lang.IllegalStateException <- java.sql.SQLException at ")
                .contains(FailuresTest.class.getName())
                .doesNotContain("Mustermann");
    }
}
