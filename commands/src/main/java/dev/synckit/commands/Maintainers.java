package dev.synckit.commands;

import dev.synckit.core.login.GuildMembership;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;

/**
 * Who may deploy: the guild's owner, members with Administrator or Manage Server, or one of the configured maintainer
 * roles — core's one rule ({@link GuildMembership#maintainer}), which the Discord login applies too.
 */
public final class Maintainers {

    static final String REFUSAL = "Only maintainers can do this.";

    private final Set<String> roleIds;

    public Maintainers(Set<String> roleIds) {
        this.roleIds = Set.copyOf(roleIds);
    }

    /** False outside a guild (no member): direct messages never deploy. */
    public boolean includes(Member member) {
        if (member == null) {
            return false;
        }
        var roles = member.getRoles().stream().map(Role::getId).collect(Collectors.toUnmodifiableSet());
        return new GuildMembership(roles, Permission.getRaw(member.getPermissions()), member.isOwner())
                .maintainer(roleIds);
    }
}
