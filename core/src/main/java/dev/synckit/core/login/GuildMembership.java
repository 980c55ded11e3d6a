package dev.synckit.core.login;

import java.util.Set;

/**
 * A user's place in the configured guild: their roles, their guild-wide permission bits (from @everyone and their
 * roles) and whether they own the guild.
 */
public record GuildMembership(Set<String> roleIds, long permissions, boolean owner) {

    /** Discord's Administrator permission bit. */
    public static final long ADMINISTRATOR = 1L << 3;
    /** Discord's Manage Server permission bit. */
    public static final long MANAGE_GUILD = 1L << 5;

    public GuildMembership {
        roleIds = Set.copyOf(roleIds);
    }

    /** The rule of the bot's commands: Administrator, Manage Server, or one of the maintainer roles. */
    public boolean maintainer(Set<String> maintainerRoleIds) {
        return owner || (permissions & (ADMINISTRATOR | MANAGE_GUILD)) != 0
                || roleIds.stream().anyMatch(maintainerRoleIds::contains);
    }
}
