package dev.synckit.bot;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.synckit.contract.WireJson;
import dev.synckit.core.chat.ChatState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the slash commands only when their definitions (or where they go) changed since the last registration:
 * Discord allows 200 creations a day, and a restart must not churn them. The fingerprint is kept in the store.
 */
final class CommandSync {

    static final String FINGERPRINT = "commands.fingerprint";
    private static final Logger LOG = LoggerFactory.getLogger(CommandSync.class);
    private static final long REGISTER_WAIT_SECONDS = 30;

    private CommandSync() {
    }

    /** @return true when it registered, false when Discord already has these definitions */
    static boolean sync(JDA jda, Optional<String> guildId, List<SlashCommandData> definitions, ChatState chat)
            throws Exception {
        var fingerprint = fingerprint(guildId.orElse("global"), definitions);
        if (chat.setting(FINGERPRINT).filter(fingerprint::equals).isPresent()) {
            LOG.info("slash commands unchanged since their last registration; not registering");
            return false;
        }
        var update = guildId.isPresent()
                ? guildOf(jda, guildId.get()).updateCommands()
                : jda.updateCommands();
        update.addCommands(definitions).submit().get(REGISTER_WAIT_SECONDS, TimeUnit.SECONDS);
        chat.putSetting(FINGERPRINT, fingerprint);
        LOG.info("registered {} slash commands ({})", definitions.size(), guildId.isPresent() ? "guild" : "global");
        return true;
    }

    /** SHA-256 of the definitions as canonical JSON (keys sorted, commands by name) and of where they go. */
    static String fingerprint(String scope, List<SlashCommandData> definitions) {
        var canonical = definitions.stream()
                .sorted(Comparator.comparing(SlashCommandData::getName))
                .map(definition -> sorted(read(definition.toData().toString())))
                .toList();
        try {
            var json = scope + "\n" + WireJson.mapper().writeValueAsString(canonical);
            var digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the slash commands", e);
        }
    }

    private static Object read(String json) {
        try {
            return WireJson.mapper().readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JDA wrote a command definition that does not parse", e);
        }
    }

    private static Object sorted(Object value) {
        return switch (value) {
            case Map<?, ?> map -> {
                var keys = new TreeMap<String, Object>();
                map.forEach((k, v) -> keys.put(String.valueOf(k), sorted(v)));
                yield keys;
            }
            case List<?> list -> list.stream().map(CommandSync::sorted).toList();
            case null -> null;
            default -> value;
        };
    }

    private static net.dv8tion.jda.api.entities.Guild guildOf(JDA jda, String guildId) {
        var guild = jda.getGuildById(guildId);
        if (guild == null) {
            throw new IllegalStateException("the bot is not in the configured guild " + guildId);
        }
        return guild;
    }
}
