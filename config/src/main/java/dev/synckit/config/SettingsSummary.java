package dev.synckit.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Writes {@link Settings#describe()}: what an operator checks in the start-up log, and no secret. */
final class SettingsSummary {

    private static final Pattern URL_USER_INFO = Pattern.compile("//[^/@?#]*@");
    private static final Pattern URL_PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&;]*");

    private SettingsSummary() {
    }

    /** The playground's own rule (app's {@code Playground#startIfAsked}) minus what only the start knows: the host. */
    private static String discord(Settings settings) {
        var discord = settings.discord();
        if (!discord.playground()) {
            return "token set";
        }
        if (!discord.playgroundAllowed()) {
            return "off (no token, playground off)";
        }
        return settings.targets().isEmpty() ? "playground (no token)" : "off (no token, targets configured)";
    }

    static String of(Settings settings) {
        var discord = settings.discord();
        var http = settings.http();
        var store = settings.store();
        var lines = new StringBuilder();
        lines.append("synckit \"").append(settings.service().name()).append('"')
                .append(settings.service().repoUrl().map(url -> ", repository " + url).orElse("")).append('\n');
        lines.append("  discord: ").append(discord(settings))
                .append(", app ").append(orDash(discord.appId()))
                .append(", guild ").append(orDash(discord.guildId()))
                .append(", deploy channel ").append(orDash(discord.deployChannelId()))
                .append(", status channel ").append(orDash(discord.statusChannelId()))
                .append(", maintainer roles ").append(discord.maintainerRoleIds().isEmpty()
                        ? "-" : String.join(",", discord.maintainerRoleIds()))
                .append(", api ").append(masked(discord.apiUrl().toString()))
                .append(", gateway ").append(masked(discord.gatewayUrl().toString())).append('\n');
        lines.append("  http: ").append(http.host()).append(':').append(http.port())
                .append(", public URL ").append(http.publicUrl().map(URI::toString).map(SettingsSummary::masked)
                        .orElse("derived from the bound port")).append('\n');
        lines.append("  store: ").append(store.postgres() ? "PostgreSQL " : "H2 ").append(masked(store.url()))
                .append(", user ").append(store.user().isEmpty() ? "-" : store.user())
                .append(", password ").append(setOrUnset(store.password()))
                .append(", data dir ").append(store.dataDir().toAbsolutePath().normalize()).append('\n');
        lines.append("  event secret ").append(setOrUnset(settings.eventSecret()))
                .append(", API token ").append(setOrUnset(settings.apiToken())).append('\n');
        lines.append("  targets:").append(settings.targets().isEmpty() ? " none" : "").append('\n');
        settings.targets().values().forEach(target -> lines.append("    ").append(target.name())
                .append(": agent ").append(masked(target.agentUrl().toString()))
                .append(", secret ").append(setOrUnset(target.agentSecret()))
                .append(", pipeline ").append(orDash(target.pipeline()))
                .append(", confirm ").append(target.confirm() ? "yes" : "no")
                .append(", on new version ").append(target.onNewVersion().yamlName())
                .append(", packages ").append(target.packages().isEmpty() ? "all"
                        : target.packages().stream().collect(Collectors.joining(","))).append('\n'));
        var login = settings.login();
        lines.append("  login with Discord: ").append(login.enabled() ? "on" : "off (no client secret)")
                .append(", client ").append(orDash(login.clientId()))
                .append(", redirect ").append(login.redirectUrl().map(URI::toString).map(SettingsSummary::masked)
                        .orElse("<public URL>/auth/callback"))
                .append(", authorize ").append(masked(login.authorizeUrl().toString()))
                .append(", token ").append(masked(login.tokenUrl().toString()))
                .append(", sessions idle ").append(goStyle(login.sessionIdle()))
                .append(", at most ").append(goStyle(login.sessionMax())).append('\n');
        var retention = settings.retention();
        lines.append("  retention: events ").append(kept(retention.events()))
                .append(", deployments ").append(kept(retention.deployments()))
                .append(", logs ").append(kept(retention.logs()))
                .append(", audit ").append(kept(retention.audit())).append('\n');
        var build = settings.build();
        lines.append("  build overrides: version ").append(orDash(build.version()))
                .append(", sha256 ").append(orDash(build.sha256()))
                .append(", date ").append(orDash(build.date()));
        return lines.toString();
    }

    /**
     * A URL with its user info and any password parameter replaced by {@code ****}. Valid settings hold no such
     * URL; this guards what a bad value's message quotes and what a hand-made {@link Settings} would print.
     */
    static String masked(String url) {
        var withoutUserInfo = URL_USER_INFO.matcher(url).replaceAll("//****@");
        return URL_PASSWORD_PARAM.matcher(withoutUserInfo).replaceAll("$1****");
    }

    /** A duration as the file writes it: {@code 8h}, {@code 1h30m}, {@code 90s}. */
    /** A retention: "for ever", whole days as {@code 90d}, anything else Go-style. */
    private static String kept(Duration duration) {
        if (duration.isZero()) {
            return "for ever";
        }
        return duration.toHoursPart() == 0 && duration.toSecondsPart() == 0 && duration.toMinutesPart() == 0
                && duration.toMillisPart() == 0 ? duration.toDays() + "d" : goStyle(duration);
    }

    private static String goStyle(Duration duration) {
        var text = new StringBuilder();
        if (duration.toHours() > 0) {
            text.append(duration.toHours()).append('h');
        }
        if (duration.toMinutesPart() > 0) {
            text.append(duration.toMinutesPart()).append('m');
        }
        if (duration.toSecondsPart() > 0 || duration.toMillisPart() > 0 || text.isEmpty()) {
            text.append(duration.toSecondsPart());
            if (duration.toMillisPart() > 0) {
                text.append('.').append(String.format(java.util.Locale.ROOT, "%03d", duration.toMillisPart()));
            }
            text.append('s');
        }
        return text.toString();
    }

    private static String setOrUnset(Secret secret) {
        return secret.isEmpty() ? "unset" : "set";
    }

    private static String orDash(Optional<String> value) {
        return value.orElse("-");
    }
}
