package dev.synckit.bot;

import dev.synckit.core.chat.ChatState;
import dev.synckit.core.chat.PostedMessage;
import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentListener;
import dev.synckit.core.deployment.DeploymentService;
import dev.synckit.embeds.BoardMessage;
import dev.synckit.embeds.RenderedMessage;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status board: one message in the status channel showing every target, posted once and remembered in the
 * store, so that a restart edits the same message. Deployment changes are coalesced into at most one edit a
 * {@link #GAP}; besides, the board is read again every {@link #REFRESH} (changes made by another replica) and
 * edited only when it would look different. A board deleted in Discord is posted again, once.
 */
final class TargetBoard implements DeploymentListener {

    static final String KIND = "board";
    static final Duration GAP = LiveStatus.GAP;
    static final Duration REFRESH = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(TargetBoard.class);
    private static final long DISCORD_WAIT_SECONDS = 10;

    private final JDA jda;
    private final ChatState chat;
    private final DeploymentService deployments;
    private final Optional<URI> repoUrl;
    private final Clock clock;
    private final String channelId;
    private final ScheduledExecutorService timer;
    private final Executor workers;
    private final Duration refresh;
    private final AtomicBoolean pending = new AtomicBoolean();
    /** What the message shows, as Discord's JSON; only the refresh (one at a time) reads and writes it. */
    private String shown;

    /** @param refresh how often the board is read again without a change ({@link #REFRESH}; tests go faster) */
    TargetBoard(JDA jda, BotServices services, String channelId, ScheduledExecutorService timer, Executor workers,
            Duration refresh) {
        this.jda = jda;
        this.chat = services.chat();
        this.deployments = services.deployments();
        this.repoUrl = services.repoUrl();
        this.clock = services.clock();
        this.channelId = channelId;
        this.timer = timer;
        this.workers = workers;
        this.refresh = refresh;
    }

    /** Shows the board now, and reads it again every refresh period until the timer stops. */
    void start() {
        timer.scheduleWithFixedDelay(this::request, 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void changed(Deployment deployment) {
        if (pending.compareAndSet(false, true)) {
            timer.schedule(this::request, GAP.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void request() {
        workers.execute(this::refresh);
    }

    private synchronized void refresh() {
        pending.set(false);
        try {
            var board = BoardMessage.render(deployments.overview(), repoUrl);
            var json = board.embed().toData().toString();
            if (json.equals(shown)) {
                return;
            }
            show(board);
            shown = json;
        } catch (Exception e) {
            LOG.warn("could not update the status board in channel {}: {}", channelId, e.toString());
        }
    }

    private void show(RenderedMessage board) throws Exception {
        var channel = jda.getChannelById(GuildMessageChannel.class, channelId);
        if (channel == null) {
            throw new IllegalStateException("the bot cannot see channel " + channelId);
        }
        var remembered = chat.message(KIND, channelId);
        if (remembered.isEmpty()) {
            var posted = post(channel, board);
            if (!chat.rememberMessage(posted)) {
                // another replica posted its board first: keep one
                channel.deleteMessageById(posted.messageId()).queue();
                edit(channel, chat.message(KIND, channelId).orElseThrow(), board);
            }
            return;
        }
        try {
            edit(channel, remembered.get(), board);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof ErrorResponseException error)
                    || error.getErrorResponse() != ErrorResponse.UNKNOWN_MESSAGE) {
                throw e;
            }
            LOG.info("the status board was deleted in channel {}; posting it again", channelId);
            var posted = post(channel, board);
            if (!chat.replaceMessage(remembered.get(), posted)) {
                channel.deleteMessageById(posted.messageId()).queue();
            }
        }
    }

    private PostedMessage post(GuildMessageChannel channel, RenderedMessage board) throws Exception {
        var sent = channel.sendMessage(board.toCreateData()).submit().get(DISCORD_WAIT_SECONDS, TimeUnit.SECONDS);
        return new PostedMessage(KIND, channelId, channelId, sent.getId(), clock.instant());
    }

    private static void edit(GuildMessageChannel channel, PostedMessage message, RenderedMessage board)
            throws Exception {
        channel.editMessageById(message.messageId(), board.toEditData()).submit()
                .get(DISCORD_WAIT_SECONDS, TimeUnit.SECONDS);
    }
}
