package dev.synckit.testkit;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The real JDA 5.6.1, logged in to an emulator, with no privileged intents. */
final class EmulatedBot implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    final DiscordEmulator emulator;
    final JDA jda;

    private EmulatedBot(DiscordEmulator emulator, JDA jda) {
        this.emulator = emulator;
        this.jda = jda;
    }

    static EmulatedBot start(EmulatorOptions options, Object... listeners) {
        DiscordEmulator emulator = DiscordEmulator.start(options);
        return new EmulatedBot(emulator, connect(emulator, listeners));
    }

    /** One more bot process on the emulator's token, ready: Discord gives it a gateway session of its own. */
    static JDA connect(DiscordEmulator emulator, Object... listeners) {
        JDA jda = JDABuilder.createLight(emulator.botToken())
                .setRestConfig(new RestConfig().setBaseUrl(emulator.restBaseUrl()))
                .setSessionController(new SessionControllerAdapter() {
                    @Override
                    public String getGateway() {
                        return emulator.gatewayUrl();
                    }
                })
                .setCompression(Compression.NONE)
                .addEventListeners(listeners)
                .build();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            jda.awaitReady();
        });
        return jda;
    }

    /** Called only after the last expected request, or JDA's late queue() calls log "Requester has been stopped". */
    @Override
    public void close() {
        try {
            stop(jda);
        } finally {
            emulator.close();
        }
    }

    static void stop(JDA connection) {
        connection.shutdown();
        try {
            if (!connection.awaitShutdown(10, TimeUnit.SECONDS)) {
                connection.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            connection.shutdownNow();
        }
    }

}
