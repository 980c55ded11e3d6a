package dev.synckit.bot;

import dev.synckit.config.DiscordSettings;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.requests.SequentialRestRateLimiter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/** Logs JDA in where the settings say (Discord, or an emulator on loopback), with no privileged intent. */
final class DiscordLogin {

    static final Duration READY_WAIT = Duration.ofSeconds(60);

    private DiscordLogin() {
    }

    /**
     * A ready JDA; one that is not ready in time is shut down and reported without its token. Every 429 Discord
     * answers is told to {@code rateLimited} with its route.
     */
    static JDA connect(DiscordSettings discord, Consumer<String> rateLimited) {
        var ready = new CompletableFuture<Void>();
        var gateway = discord.gatewayUrl().toString();
        var builder = JDABuilder.createLight(discord.token().reveal(), EnumSet.noneOf(GatewayIntent.class))
                .setRestConfig(new RestConfig().setBaseUrl(discord.apiUrl().toString()).setRateLimiterFactory(
                        config -> new RateLimitCounter(new SequentialRestRateLimiter(config), rateLimited))
                        .setCustomBuilder(new StableCommandOrder()))
                .setSessionController(new SessionControllerAdapter() {
                    @Override
                    public String getGateway() {
                        return gateway;
                    }
                })
                .addEventListeners((EventListener) event -> {
                    if (event instanceof ReadyEvent) {
                        ready.complete(null);
                    }
                });
        if (gateway.startsWith("ws://")) {
            // a loopback emulator speaks plain JSON frames
            builder.setCompression(Compression.NONE);
        }
        var jda = builder.build();
        try {
            ready.get(READY_WAIT.toSeconds(), TimeUnit.SECONDS);
            return jda;
        } catch (TimeoutException e) {
            jda.shutdownNow();
            throw new IllegalStateException("Discord did not make the bot ready within " + READY_WAIT
                    + " (gateway " + gateway + ")");
        } catch (ExecutionException e) {
            jda.shutdownNow();
            throw new IllegalStateException("the bot could not log in to Discord", e.getCause());
        } catch (InterruptedException e) {
            jda.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while logging in to Discord", e);
        }
    }
}
