package dev.synckit.commands;

import dev.synckit.core.chat.PostedMessage;
import dev.synckit.core.deployment.Deployment;
import java.util.concurrent.CompletableFuture;

/** Where each deployment's one live status message is (the bot posts and edits it). */
public interface StatusMessages {

    /**
     * The deployment's status message, posted now when it has none: in the deploy channel, or in {@code channelId}
     * (where the request was made) when no deploy channel is configured. Fails with a {@link CannotPostException}
     * when the bot may not post there.
     */
    CompletableFuture<PostedMessage> open(Deployment deployment, String channelId);

    /** The jump URL of a posted message. */
    String link(PostedMessage message);
}
