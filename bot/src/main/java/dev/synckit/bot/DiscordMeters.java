package dev.synckit.bot;

import dev.synckit.commands.InteractionOutcomes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/**
 * The bot's meters: {@code synckit_discord_interactions_total{kind,name,result}}, {@code
 * synckit_discord_edits_total{result}} (status-message edits) and {@code synckit_discord_rate_limited_total{route}}
 * (every 429 Discord answered, before JDA waits and retries). Labels are bounded: command names, button actions,
 * JDA's route templates.
 */
final class DiscordMeters implements InteractionOutcomes {

    private final MeterRegistry registry;

    DiscordMeters(MeterRegistry registry) {
        this.registry = registry;
        // present from the start, so that an operator's rate() sees the first edit and the first 429
        edits(true);
        edits(false);
    }

    @Override
    public void command(String name, Result result) {
        interaction("command", name, result);
    }

    @Override
    public void button(String action, Result result) {
        interaction("button", action, result);
    }

    void edited(boolean ok) {
        edits(ok).increment();
    }

    /** {@code route} is JDA's template ({@code PATCH channels/{channel_id}/messages/{message_id}}), never an id. */
    void rateLimited(String route) {
        Counter.builder("synckit.discord.rate_limited").description("HTTP 429 answers Discord gave the bot")
                .tag("route", route).register(registry).increment();
    }

    private Counter edits(boolean ok) {
        return Counter.builder("synckit.discord.edits").description("edits of deployment status messages")
                .tag("result", ok ? "ok" : "failed").register(registry);
    }

    private void interaction(String kind, String name, Result result) {
        Counter.builder("synckit.discord.interactions").description("slash commands and button clicks, by result")
                .tags("kind", kind, "name", name, "result", result.name().toLowerCase(Locale.ROOT))
                .register(registry).increment();
    }
}
