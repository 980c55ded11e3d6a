package dev.synckit.commands;

import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;

/** Who may deploy: members with Administrator or Manage Server, or one of the configured maintainer roles. */
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
        return member.hasPermission(Permission.ADMINISTRATOR) || member.hasPermission(Permission.MANAGE_SERVER)
                || member.getRoles().stream().anyMatch(role -> roleIds.contains(role.getId()));
    }
}
