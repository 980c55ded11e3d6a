package dev.synckit.bot;

import dev.synckit.commands.AnnouncedEvents;
import dev.synckit.commands.CannotPostException;
import dev.synckit.config.NewVersionPolicy;
import dev.synckit.config.TargetSettings;
import dev.synckit.contract.NewVersionEvent;
import dev.synckit.core.chat.ChatState;
import dev.synckit.core.chat.PostedMessage;
import dev.synckit.core.event.NewVersionListener;
import dev.synckit.embeds.AnnouncementMessage;
import dev.synckit.embeds.EventRef;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces a new version in the deploy channel, with a Deploy button per target whose policy is to announce it
 * and a Dismiss button. Posted once per version: a version already announced (by this or another replica) is not
 * posted again.
 */
final class Announcer implements NewVersionListener {

    static final String KIND = "announcement";
    private static final Logger LOG = LoggerFactory.getLogger(Announcer.class);
    private static final long POST_WAIT_SECONDS = 10;

    private final JDA jda;
    private final List<TargetSettings> targets;
    private final Optional<String> deployChannel;
    private final ChatState chat;
    private final AnnouncedEvents announced;
    private final ChannelAccess access;
    private final Clock clock;

    Announcer(JDA jda, List<TargetSettings> targets, Optional<String> deployChannel, ChatState chat,
            AnnouncedEvents announced, ChannelAccess access, Clock clock) {
        this.jda = jda;
        this.targets = List.copyOf(targets);
        this.deployChannel = deployChannel;
        this.chat = chat;
        this.announced = announced;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public void onNewVersion(NewVersionEvent event) throws Exception {
        var names = targets.stream()
                .filter(t -> t.onNewVersion() == NewVersionPolicy.ANNOUNCE && t.concerns(event.packageName()))
                .map(TargetSettings::name)
                .toList();
        var key = EventRef.keyOf(event);
        if (names.isEmpty() || chat.message(KIND, key).isPresent()) {
            return;
        }
        if (deployChannel.isEmpty()) {
            LOG.warn("new version {} is not announced: no deploy channel is configured", key);
            return;
        }
        var channel = jda.getChannelById(GuildMessageChannel.class, deployChannel.get());
        if (channel == null) {
            throw new IllegalStateException("the bot cannot see the deploy channel " + deployChannel.get());
        }
        try {
            access.requirePost(channel.getId());
        } catch (CannotPostException e) {
            throw new IllegalStateException("new version " + key + " is not announced. " + e.getMessage(), e);
        }
        announced.remember(event);
        var sent = channel.sendMessage(AnnouncementMessage.render(event, names, clock.instant()).toCreateData())
                .submit().get(POST_WAIT_SECONDS, TimeUnit.SECONDS);
        chat.rememberMessage(new PostedMessage(KIND, key, channel.getId(), sent.getId(), clock.instant()));
    }
}
