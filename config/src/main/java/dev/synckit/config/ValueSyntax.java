package dev.synckit.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a well-formed value of each kind looks like. Each method answers the typed value or throws
 * {@link Invalid} with a reason an operator can act on; the reason quotes the value, never a secret's.
 */
final class ValueSyntax {

    /** A value that is not of the expected kind; the message is the reason, on one line. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern TARGET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:\\[\\]-]+");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)[?&;]password=");
    private static final Pattern GO_DURATION_PART = Pattern.compile("([0-9]{1,9})(ms|s|m|h|d)");
    private static final int QUOTE_LIMIT = 80;

    private ValueSyntax() {
    }

    static int port(String text) throws Invalid {
        if (text.matches("[0-9]{1,5}") && Integer.parseInt(text) <= 65535) {
            return Integer.parseInt(text);
        }
        throw new Invalid("not a port number (0 to 65535): " + quote(text));
    }

    static String snowflake(String text) throws Invalid {
        return matching(DIGITS, text, "not a Discord id (digits only)");
    }

    static String name(String text) throws Invalid {
        return matching(NAME, text, "not a name (letters, digits, '.', '_', '-')");
    }

    static String envName(String text) throws Invalid {
        return matching(ENV_NAME, text, "not an environment variable name");
    }

    static String host(String text) throws Invalid {
        return matching(HOST, text, "not a host name or IP address");
    }

    static String packageName(String text) throws Invalid {
        return matching(TOKEN, text, "not a package name");
    }

    /** A line of free text, such as the service's display name or a build date. */
    static String line(String text) throws Invalid {
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new Invalid("must be one line of text: " + quote(text));
        }
        return text.strip();
    }

    static Optional<String> targetNameProblem(String text) {
        return TARGET_NAME.matcher(text).matches() ? Optional.empty()
                : Optional.of("not a target name (letters, digits, '_', '-'): " + quote(text));
    }

    static boolean bool(String text) throws Invalid {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new Invalid("not true or false: " + quote(text));
        };
    }

    static NewVersionPolicy newVersionPolicy(String text) throws Invalid {
        for (var policy : NewVersionPolicy.values()) {
            if (policy.yamlName().equalsIgnoreCase(text)) {
                return policy;
            }
        }
        throw new Invalid("not one of announce, deploy, ignore: " + quote(text));
    }

    /** A Go-style duration of at least a second, such as {@code 90s}, {@code 30m}, {@code 1h30m} or {@code 168h}. */
    static Duration positiveDuration(String text) throws Invalid {
        var parts = GO_DURATION_PART.matcher(text);
        var total = Duration.ZERO;
        var end = 0;
        while (parts.find() && parts.start() == end) {
            var amount = Long.parseLong(parts.group(1));
            total = total.plus(switch (parts.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            });
            end = parts.end();
        }
        if (end == 0 || end != text.length() || total.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new Invalid("not a duration of at least 1s (such as 90s, 30m, 1h30m, 168h): " + quote(text));
        }
        return total;
    }

    /** How long a kind of row is kept: {@code 0} for ever, else a duration of at least 1s such as {@code 90d}. */
    static Duration retention(String text) throws Invalid {
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        try {
            return positiveDuration(text);
        } catch (Invalid notADuration) {
            throw new Invalid("not 0 (keep for ever) or a duration of at least 1s (such as 90d, 12h, 30m): "
                    + quote(text));
        }
    }

    static URI httpUrl(String text) throws Invalid {
        return url(text, "not an http(s) URL", "http", "https");
    }

    static URI websocketUrl(String text) throws Invalid {
        return url(text, "not a ws:// or wss:// URL", "ws", "wss");
    }

    /** Discord's REST base; a missing final slash is added, as every route is resolved against it. */
    static URI discordApiUrl(String text) throws Invalid {
        var url = httpUrl(text.endsWith("/api/v10") ? text + "/" : text);
        if (url.getRawQuery() != null || !url.getRawPath().endsWith("/api/v10/")) {
            throw new Invalid("must end in /api/v10/: " + quote(text));
        }
        return url;
    }

    /** A public base URL, kept without a trailing slash so that paths can be appended. */
    static URI baseUrl(String text) throws Invalid {
        return httpUrl(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    static String jdbcUrl(String text) throws Invalid {
        if (PASSWORD_PARAMETER.matcher(text).find()) {
            throw new Invalid("a password in the JDBC URL is refused, as the URL is shown in logs;"
                    + " give it with store.password_env (SYNCKIT_DB_PASSWORD)");
        }
        if (text.startsWith("jdbc:h2:") || text.startsWith("jdbc:postgresql:")) {
            return text;
        }
        throw new Invalid("not an H2 (jdbc:h2:) or PostgreSQL (jdbc:postgresql:) JDBC URL: " + quote(text));
    }

    static Path path(String text) throws Invalid {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new Invalid("not a file system path: " + quote(text));
        }
    }

    static String migrationLocation(String text) throws Invalid {
        if (text.matches("(classpath|filesystem):\\S+")) {
            return text;
        }
        throw new Invalid("not a Flyway location (classpath:... or filesystem:...): " + quote(text));
    }

    /**
     * The value in double quotes for a message: control characters shown as {@code ?} so the message stays one
     * line, cut at 80 characters, and any password inside a URL masked.
     */
    static String quote(String value) {
        var shown = SettingsSummary.masked(value).codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (shown.length() > QUOTE_LIMIT) {
            shown = shown.substring(0, QUOTE_LIMIT) + "...";
        }
        return '"' + shown.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String matching(Pattern pattern, String text, String reason) throws Invalid {
        if (pattern.matcher(text).matches()) {
            return text;
        }
        throw new Invalid(reason + ": " + quote(text));
    }

    private static URI url(String text, String reason, String... schemes) throws Invalid {
        try {
            var url = new URI(text);
            var scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (url.getHost() != null && Arrays.asList(schemes).contains(scheme)) {
                if (url.getRawUserInfo() != null) {
                    throw new Invalid("credentials in a URL are refused, as the URL is shown in logs and messages");
                }
                return url;
            }
        } catch (URISyntaxException e) {
            // the same answer as a URL of the wrong kind: what was written is not what this key takes
        }
        throw new Invalid(reason + ": " + quote(text));
    }
}
