package dev.synckit.core.login;

import java.time.Instant;
import java.util.Optional;

/** Where login attempts wait for Discord's redirect; shared by every replica. */
public interface LoginAttemptStore {

    void save(LoginAttempt attempt);

    /**
     * Removes the attempt and answers it, atomically: of two callbacks with the same state, exactly one gets it.
     */
    Optional<LoginAttempt> take(String state);

    /** Forgets attempts that expired before {@code now}; answers how many. */
    int forgetExpired(Instant now);
}
