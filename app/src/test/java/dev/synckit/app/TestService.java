package dev.synckit.app;

import dev.synckit.agentclient.AgentClientSettings;
import dev.synckit.config.AppProfile;
import dev.synckit.config.TargetSettings;
import dev.synckit.core.deployment.RunTracker;
import dev.synckit.testkit.DiscordEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The embedded service as the flow tests run it: fast tracking, an API token, an event secret, given targets. */
public final class TestService {

    public static final String API_TOKEN = "flow-api-token";
    public static final String EVENT_SECRET = "flow-event-secret";

    /** Polls agents every 200 ms and fails a deployment after 3 s of silence, so failures show within seconds. */
    public static final Tuning FAST = new Tuning(
            new RunTracker.Settings(Duration.ofMillis(200), Duration.ofSeconds(3), Duration.ofSeconds(2)),
            AgentClientSettings.defaults());

    private TestService() {
    }

    public static RunningSyncKit start(Path dataDir, List<TargetSettings> targets) {
        return start(AppProfile.builder().dataDir(dataDir), targets);
    }

    /** Starts on {@code profile} (database settings already given), adding port, secrets and targets. */
    public static RunningSyncKit start(AppProfile.Builder profile, List<TargetSettings> targets) {
        profile.httpPort(0).apiToken(API_TOKEN).eventSecret(EVENT_SECRET);
        targets.forEach(profile::target);
        return SyncKit.run(profile.build(), FAST);
    }

    /** A profile whose Discord is the emulator: its bot token, application, guild, URLs and deploy channel. */
    public static AppProfile.Builder onEmulator(Path dataDir, DiscordEmulator discord) {
        return AppProfile.builder().dataDir(dataDir)
                .discordToken(discord.botToken())
                .appId(Long.toString(discord.application().id()))
                .guildId(Long.toString(discord.guild().id()))
                .discordApiUrl(discord.restBaseUrl())
                .discordGatewayUrl(discord.gatewayUrl())
                .deployChannelId(Long.toString(discord.deployChannel().id()));
    }

    /** Stops what a test started, in the order given; a part that never started ({@code null}) is skipped. */
    public static void stopAll(AutoCloseable... parts) throws Exception {
        for (var part : parts) {
            if (part != null) {
                part.close();
            }
        }
    }

    public static HttpResponse<String> postEvent(int port, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/events/new-version"))
                .header("Authorization", "Bearer " + EVENT_SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
