package dev.synckit.core.login;

import java.util.Objects;
import java.util.Optional;

/** What Discord says about the user who approved a login; no membership when they are not in the guild. */
public record DiscordIdentity(String id, String username, Optional<String> avatar,
        Optional<GuildMembership> membership) {

    public DiscordIdentity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(avatar, "avatar");
        Objects.requireNonNull(membership, "membership");
    }
}
