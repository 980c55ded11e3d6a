package dev.synckit.app.playground;

import dev.synckit.config.AppProfile;
import dev.synckit.config.Secret;
import dev.synckit.config.TargetSettings;
import dev.synckit.testkit.DiscordEmulator;
import dev.synckit.testkit.guild.EmulatedGuild;
import dev.synckit.webhooks.HttpRoutes;
import java.net.URI;
import java.util.List;

/**
 * The profile the service runs with in the playground: the operator's, with Discord pointed at the emulator
 * (token, ids, URLs, deploy channel, maintainer role), the target {@code default} at the demo agent (announcing
 * new versions), the Discord login at the emulator's OAuth2 (so the dashboard opens), an event secret when none is
 * set, and the page's routes. It goes through the same validation as every profile. The operator configured no
 * target ({@link Playground#startIfAsked}), so {@code default} is the demo's alone.
 */
final class PlaygroundProfile {

    private PlaygroundProfile() {
    }

    static AppProfile derive(AppProfile operator, DiscordEmulator emulator, URI agentUrl, Secret agentSecret,
            Secret eventSecret, HttpRoutes page) {
        var guild = emulator.guild();
        var builder = AppProfile.builder().settings(operator.settings())
                .discordToken(emulator.botToken())
                .appId(Long.toUnsignedString(emulator.application().id()))
                .guildId(Long.toUnsignedString(guild.id()))
                .discordApiUrl(emulator.restBaseUrl())
                .discordGatewayUrl(emulator.gatewayUrl())
                .deployChannelId(Long.toUnsignedString(emulator.deployChannel().id()))
                .maintainerRoleIds(List.of(Long.toUnsignedString(guild.role(EmulatedGuild.MAINTAINER_ROLE).id())))
                .loginClientId(emulator.oauthClientId())
                .loginClientSecret(emulator.oauthClientSecret())
                .oauthAuthorizeUrl(emulator.oauthAuthorizeUrl())
                .oauthTokenUrl(emulator.restBaseUrl() + "oauth2/token")
                .target(TargetSettings.of(TargetSettings.DEFAULT_NAME, agentUrl, agentSecret))
                .eventSecret(eventSecret.reveal());
        operator.migrations().ifPresent(builder::migrations);
        operator.newVersionHandlers().forEach(builder::onNewVersion);
        operator.extensions().forEach(builder::extension);
        return builder.extension(page).build();
    }
}
