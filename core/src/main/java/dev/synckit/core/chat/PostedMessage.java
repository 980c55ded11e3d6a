package dev.synckit.core.chat;

import java.time.Instant;

/**
 * A message the bot posted and keeps editing.
 *
 * @param kind what it is: {@code status} (key: deployment id), {@code announcement} (key: package@version)
 */
public record PostedMessage(String kind, String key, String channelId, String messageId, Instant postedAt) {
}
