package dev.synckit.commands;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.http.HttpRequestEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.Route;

/**
 * Waits for the bulk overwrites jda-commands queues at its start (it does not wait for them itself), so that the
 * bot is ready only once Discord has its commands, and a refusal (a bot invited without
 * {@code applications.commands}) stops the start with Discord's answer instead of passing unseen.
 */
final class RegistrationWatch implements EventListener {

    private final JDA jda;
    private final CompletableFuture<Void> guild = new CompletableFuture<>();
    private final CompletableFuture<Void> global = new CompletableFuture<>();

    private RegistrationWatch(JDA jda) {
        this.jda = jda;
    }

    /** Starts watching; call before the overwrites are queued. */
    static RegistrationWatch on(JDA jda) {
        var watch = new RegistrationWatch(jda);
        jda.addEventListener(watch);
        return watch;
    }

    @Override
    public void onEvent(GenericEvent event) {
        if (!(event instanceof HttpRequestEvent request)) {
            return;
        }
        var route = request.getRoute().getBaseRoute();
        var done = route == Route.Interactions.UPDATE_GUILD_COMMANDS ? guild
                : route == Route.Interactions.UPDATE_COMMANDS ? global : null;
        if (done == null) {
            return;
        }
        var response = request.getResponse();
        if (response != null && response.isOk()) {
            done.complete(null);
        } else if (response != null && !request.isRateLimit()) {
            done.completeExceptionally(new IllegalStateException("Discord refused the slash commands (HTTP "
                    + response.code + "): " + request.getResponseBodyAsString()));
        }
    }

    /**
     * @param inGuild whether a guild's overwrite is expected too (the bot is in at least one guild)
     * @throws IllegalStateException when Discord refused or did not answer in time
     */
    void await(boolean inGuild, long seconds) {
        try {
            (inGuild ? CompletableFuture.allOf(guild, global) : global).get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Discord did not confirm the slash commands within " + seconds + " s");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IllegalStateException refused ? refused
                    : new IllegalStateException("registering the slash commands failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while registering the slash commands", e);
        } finally {
            jda.removeEventListener(this);
        }
    }
}
