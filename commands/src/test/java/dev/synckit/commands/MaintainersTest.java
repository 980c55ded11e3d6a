package dev.synckit.commands;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import org.junit.jupiter.api.Test;

/** The maintainer rule on JDA's members: the same rule the Discord login applies to a signed-in user. */
class MaintainersTest {

    private final Maintainers maintainers = new Maintainers(Set.of("700"));

    private static Member member(EnumSet<Permission> permissions, boolean owner, String... roleIds) {
        var member = mock(Member.class);
        when(member.getPermissions()).thenReturn(permissions);
        when(member.isOwner()).thenReturn(owner);
        var roles = java.util.Arrays.stream(roleIds).map(id -> {
            var role = mock(Role.class);
            when(role.getId()).thenReturn(id);
            return role;
        }).toList();
        when(member.getRoles()).thenReturn(List.copyOf(roles));
        return member;
    }

    @Test
    void administratorsServerManagersOwnersAndMaintainerRolesMayDeploy() {
        assertTrue(maintainers.includes(member(EnumSet.of(Permission.ADMINISTRATOR), false)));
        assertTrue(maintainers.includes(member(EnumSet.of(Permission.MANAGE_SERVER), false)));
        assertTrue(maintainers.includes(member(EnumSet.noneOf(Permission.class), true)));
        assertTrue(maintainers.includes(member(EnumSet.noneOf(Permission.class), false, "1", "700")));
    }

    @Test
    void everyoneElseAndDirectMessagesMayNot() {
        assertFalse(maintainers.includes(member(EnumSet.of(Permission.MESSAGE_SEND, Permission.MANAGE_CHANNEL), false,
                "1", "2")));
        assertFalse(maintainers.includes(null), "outside a guild there is no member");
    }
}
