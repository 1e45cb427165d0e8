package de.schulplatz.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Polls until something happened in another thread or process; fails the test after the timeout. */
public final class Await {

    private Await() {
    }

    /** The first non-null value of the condition, checked every 50 ms. */
    public static <T> T until(Duration timeout, Supplier<T> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            T value = condition.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("condition not met within " + timeout.toSeconds() + " s");
    }
}
