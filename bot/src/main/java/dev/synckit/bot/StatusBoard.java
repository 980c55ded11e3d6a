package dev.synckit.bot;

import dev.synckit.commands.CannotPostException;
import dev.synckit.commands.StatusMessages;
import dev.synckit.core.chat.ChatState;
import dev.synckit.core.chat.PostedMessage;
import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentId;
import dev.synckit.core.deployment.DeploymentListener;
import dev.synckit.core.deployment.DeploymentService;
import dev.synckit.embeds.StatusMessage;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one status message of each deployment, posted with the bot token (never kept alive through an interaction
 * token, which dies after 15 minutes) and remembered in the store, so that after a restart the same message is
 * edited. Deployments requested anywhere get one in the deploy channel when there is one.
 */
final class StatusBoard implements DeploymentListener, StatusMessages {

    static final String KIND = "status";
    private static final Logger LOG = LoggerFactory.getLogger(StatusBoard.class);
    private static final long DISCORD_WAIT_SECONDS = 10;

    private final JDA jda;
    private final ChatState chat;
    private final DeploymentService deployments;
    private final Optional<String> deployChannel;
    private final Optional<URI> repoUrl;
    private final Set<String> secrets;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final ExecutorService workers;
    private final DiscordMeters meters;
    private final ChannelAccess access;
    private final Map<DeploymentId, LiveStatus> live = new ConcurrentHashMap<>();
    private volatile boolean closed;

    StatusBoard(JDA jda, BotServices services, Optional<String> deployChannel, ScheduledExecutorService timer,
            ExecutorService workers, DiscordMeters meters, ChannelAccess access) {
        this.jda = jda;
        this.chat = services.chat();
        this.deployments = services.deployments();
        this.deployChannel = deployChannel;
        this.repoUrl = services.repoUrl();
        this.secrets = services.secrets();
        this.clock = services.clock();
        this.timer = timer;
        this.workers = workers;
        this.meters = meters;
        this.access = access;
    }

    @Override
    public void changed(Deployment deployment) {
        if (closed) {
            return;
        }
        var status = live.get(deployment.id());
        if (status == null) {
            var remembered = chat.message(KIND, deployment.id().toString());
            if (remembered.isEmpty() && deployChannel.isEmpty()) {
                return;
            }
            status = live.computeIfAbsent(deployment.id(), id -> remembered
                    .map(message -> start(deployment, self -> CompletableFuture.completedFuture(message)))
                    .orElseGet(() -> start(deployment, self -> post(self, deployChannel.get()))));
        }
        status.show(deployment);
        forgetEnded();
    }

    @Override
    public CompletableFuture<PostedMessage> open(Deployment requested, String channelId) {
        // the queue may have moved it on before the person's request got here
        var deployment = deployments.find(requested.id()).orElse(requested);
        var remembered = chat.message(KIND, deployment.id().toString());
        return live.computeIfAbsent(deployment.id(), id -> remembered
                        .map(message -> start(deployment, self -> CompletableFuture.completedFuture(message)))
                        .orElseGet(() -> start(deployment,
                                self -> post(self, deployChannel.orElse(channelId)))))
                .posted();
    }

    @Override
    public String link(PostedMessage message) {
        var channel = jda.getChannelById(GuildMessageChannel.class, message.channelId());
        var guild = channel == null ? "@me" : channel.getGuild().getId();
        return "https://discord.com/channels/" + guild + "/" + message.channelId() + "/" + message.messageId();
    }

    /** Stops taking changes and waits (bounded) until every pending state is shown. */
    void close(Duration wait) throws InterruptedException {
        closed = true;
        var deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline && !live.values().stream().allMatch(LiveStatus::settled)) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private LiveStatus start(Deployment deployment,
            java.util.function.Function<LiveStatus, CompletableFuture<PostedMessage>> post) {
        return new LiveStatus(post, deployment, this::edit, timer, workers);
    }

    /** Posts the freshest state of the deployment and remembers where; another replica's message wins a race. */
    private CompletableFuture<PostedMessage> post(LiveStatus status, String channelId) {
        return CompletableFuture.supplyAsync(() -> {
            var state = status.latest();
            try {
                var message = send(channelId, state);
                status.postedWith(state);
                return chat.rememberMessage(message) ? message : yieldTo(message, state);
            } catch (CannotPostException e) {
                throw new CompletionException(e);
            } catch (Exception e) {
                throw new IllegalStateException("could not post the status message of deployment " + state.id(), e);
            }
        }, workers);
    }

    /** Posts a new status message showing the state, when the bot may post in the channel. */
    private PostedMessage send(String channelId, Deployment state) throws Exception {
        access.requirePost(channelId);
        try {
            var sent = channel(channelId).sendMessage(render(state).toCreateData()).submit()
                    .get(DISCORD_WAIT_SECONDS, TimeUnit.SECONDS);
            return new PostedMessage(KIND, state.id().toString(), channelId, sent.getId(), clock.instant());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ErrorResponseException error
                    && (error.getErrorResponse() == ErrorResponse.MISSING_PERMISSIONS
                    || error.getErrorResponse() == ErrorResponse.MISSING_ACCESS)) {
                throw access.refused(channelId);
            }
            throw e;
        }
    }

    /**
     * Edits the message; one someone deleted is posted again with this state, once per deletion, and remembered in
     * its place (another replica's new message wins a race).
     */
    private PostedMessage edit(PostedMessage message, Deployment state) throws Exception {
        var ok = false;
        try {
            channel(message.channelId()).editMessageById(message.messageId(), render(state).toEditData()).submit()
                    .get(DISCORD_WAIT_SECONDS, TimeUnit.SECONDS);
            ok = true;
            return message;
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof ErrorResponseException error)
                    || error.getErrorResponse() != ErrorResponse.UNKNOWN_MESSAGE) {
                throw e;
            }
            LOG.info("the status message of deployment {} was deleted; posting it again", state.id());
            var again = send(message.channelId(), state);
            return chat.replaceMessage(message, again) ? again : yieldTo(again, state);
        } finally {
            meters.edited(ok);
        }
    }

    /** Another replica's message of the deployment was remembered first: this one goes, and that one is used. */
    private PostedMessage yieldTo(PostedMessage mine, Deployment state) {
        channel(mine.channelId()).deleteMessageById(mine.messageId()).queue();
        return chat.message(KIND, state.id().toString()).orElseThrow();
    }

    private dev.synckit.embeds.RenderedMessage render(Deployment state) {
        return StatusMessage.render(state, repoUrl, secrets, clock.instant());
    }

    private GuildMessageChannel channel(String channelId) {
        var channel = jda.getChannelById(GuildMessageChannel.class, channelId);
        if (channel == null) {
            throw new IllegalStateException("the bot cannot see channel " + channelId);
        }
        return channel;
    }

    private void forgetEnded() {
        live.entrySet().removeIf(entry -> entry.getValue().ended());
    }
}
