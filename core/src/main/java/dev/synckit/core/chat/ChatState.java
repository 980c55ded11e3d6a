package dev.synckit.core.chat;

import java.time.Instant;
import java.util.Optional;

/** The chat side's memory, in the store so that buttons and status messages survive a restart. */
public interface ChatState {

    Optional<PostedMessage> message(String kind, String key);

    /**
     * Remembers where a message was posted, unless one of that kind and key is remembered already.
     *
     * @return true when this call remembered it
     */
    boolean rememberMessage(PostedMessage message);

    /**
     * Remembers {@code fresh} in place of {@code stale} (same kind and key; the stale one was deleted in Discord),
     * unless another process replaced it first.
     *
     * @return true when this call replaced it
     */
    boolean replaceMessage(PostedMessage stale, PostedMessage fresh);

    /**
     * Claims {@code key} once: the first caller gets true, every later or concurrent caller false — in every
     * process sharing the store. Two maintainers clicking Deploy at once start one deployment.
     */
    boolean claimOnce(String key, Instant at);

    /** Gives a claim back: what it guarded did not happen (the request was refused), so a later click may try. */
    void releaseClaim(String key);

    Optional<String> setting(String key);

    void putSetting(String key, String value);
}
