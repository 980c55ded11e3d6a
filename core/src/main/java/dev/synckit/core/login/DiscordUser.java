package dev.synckit.core.login;

import java.util.Objects;
import java.util.Optional;

/**
 * The Discord user behind a session, as Discord told us at login.
 *
 * @param avatar     the avatar hash, for {@code https://cdn.discordapp.com/avatars/{id}/{avatar}.png}
 * @param maintainer whether they could deploy when they logged in: Administrator, Manage Server or a maintainer
 *                   role in the configured guild
 */
public record DiscordUser(String id, String username, Optional<String> avatar, boolean maintainer) {

    public DiscordUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(avatar, "avatar");
    }
}
