package dev.synckit.commands;

import com.github.kaktushose.jda.commands.dispatching.context.InvocationContext;
import com.github.kaktushose.jda.commands.permissions.PermissionsProvider;
import dev.synckit.core.login.GuildMembership;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;

/**
 * Who may deploy: the guild's owner, members with Administrator or Manage Server, or one of the configured maintainer
 * roles — core's one rule ({@link GuildMembership#maintainer}), which the Discord login applies too. jda-commands asks
 * it about every command marked {@code @Permissions(Maintainers.ONLY)}; the button dispatcher asks it on every click.
 */
public final class Maintainers implements PermissionsProvider {

    /** The {@code @Permissions} value of a command only maintainers may run. */
    public static final String ONLY = "synckit.maintainer";
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

    @Override
    public boolean hasPermission(User user, InvocationContext<?> context) {
        return !maintainersOnly(context);
    }

    @Override
    public boolean hasPermission(Member member, InvocationContext<?> context) {
        return !maintainersOnly(context) || includes(member);
    }

    private static boolean maintainersOnly(InvocationContext<?> context) {
        return context.definition().permissions().contains(ONLY);
    }
}
