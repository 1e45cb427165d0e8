package de.schulplatz.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed logins per account and per client address within a sliding window and says when further
 * attempts must be refused (without checking the password, which also spares the bcrypt work). The
 * counters live in bounded, expiring caches, so an attacker trying many names or addresses cannot fill
 * the memory; a restart of the service forgets them.
 */
final class LoginThrottle {

    /** Far more keys than a district's users and offices; the oldest are dropped beyond it. */
    private static final int MAX_KEYS = 50_000;

    /** Why and how long logins are refused. */
    record Block(boolean byAccount, Duration remaining) {

        long minutes() {
            return Math.max(1, (remaining.toSeconds() + 59) / 60);
        }
    }

    private final LoginSettings settings;
    private final Clock clock;
    private final Cache<String, Deque<Instant>> byAccount;
    private final Cache<String, Deque<Instant>> byAddress;

    LoginThrottle(LoginSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.byAccount = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(settings.window()).build();
        this.byAddress = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(settings.window()).build();
    }

    /** Refused now for this account or address, if so. */
    Optional<Block> blocked(String account, String address) {
        Instant now = clock.instant();
        Optional<Duration> accountBlock = remaining(byAccount, accountKey(account), settings.maxFailuresPerAccount(), now);
        if (accountBlock.isPresent()) {
            return accountBlock.map(remaining -> new Block(true, remaining));
        }
        return remaining(byAddress, address, settings.maxFailuresPerAddress(), now)
                .map(remaining -> new Block(false, remaining));
    }

    /** @return the failures of the account within the window, this one included */
    int failed(String account, String address) {
        Instant now = clock.instant();
        int count = record(byAccount, accountKey(account), now);
        record(byAddress, address, now);
        return count;
    }

    /** A correct login ends the account's failures (not the address's: one valid login must not unlock guessing). */
    void succeeded(String account) {
        byAccount.invalidate(accountKey(account));
    }

    private int record(Cache<String, Deque<Instant>> cache, String key, Instant now) {
        if (key == null) {
            return 0;
        }
        Deque<Instant> failures = cache.get(key, k -> new ArrayDeque<>());
        synchronized (failures) {
            prune(failures, now);
            failures.addLast(now);
            return failures.size();
        }
    }

    private Optional<Duration> remaining(Cache<String, Deque<Instant>> cache, String key, int limit, Instant now) {
        if (key == null || limit == 0) {
            return Optional.empty();
        }
        Deque<Instant> failures = cache.getIfPresent(key);
        if (failures == null) {
            return Optional.empty();
        }
        synchronized (failures) {
            prune(failures, now);
            if (failures.size() < limit) {
                return Optional.empty();
            }
            // Refused until enough failures have left the window to allow one more attempt.
            Instant free = failures.stream().skip(failures.size() - limit).findFirst().orElseThrow()
                    .plus(settings.window());
            return Optional.of(Duration.between(now, free));
        }
    }

    private void prune(Deque<Instant> failures, Instant now) {
        Instant start = now.minus(settings.window());
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(start)) {
            failures.removeFirst();
        }
    }

    /** User names are not case-sensitive for the throttle, so "Admin" and "admin" share one counter. */
    private static String accountKey(String account) {
        return account == null ? null : account.strip().toLowerCase(Locale.ROOT);
    }
}
