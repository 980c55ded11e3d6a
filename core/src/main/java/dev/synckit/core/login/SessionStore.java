package dev.synckit.core.login;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where sessions are kept, by the SHA-256 of their token; never the token itself. */
public interface SessionStore {

    void create(Session session, String tokenHash);

    Optional<Session> findByTokenHash(String tokenHash);

    /** Records a use of the session at {@code usedAt}, which extends its idle time. */
    void touch(String sessionId, Instant usedAt);

    /** Ends the session with the token of this hash; false when there was none. */
    boolean deleteByTokenHash(String tokenHash);

    /** Ends the session; false when there was none. */
    boolean delete(String sessionId);

    /** Ends every session of the user; answers how many. */
    int deleteAllOf(String userId);

    /** The user's sessions, newest first. */
    List<Session> of(String userId);

    /** Forgets sessions past their absolute end or unused since {@code unusedSince}; answers how many. */
    int deleteExpired(Instant now, Instant unusedSince);
}
