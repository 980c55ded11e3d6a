package dev.synckit.testkit.guild;

/**
 * One channel permission overwrite, as Discord stores it: for a role ({@link #ROLE}, the @everyone role has the
 * guild's id) or a member ({@link #MEMBER}), the bits it allows and the bits it denies.
 */
public record PermissionOverwrite(long id, int type, long allow, long deny) {

    public static final int ROLE = 0;
    public static final int MEMBER = 1;

    public static PermissionOverwrite forRole(Role role, long allow, long deny) {
        return new PermissionOverwrite(role.id(), ROLE, allow, deny);
    }

    public static PermissionOverwrite forMember(Member member, long allow, long deny) {
        return new PermissionOverwrite(member.id(), MEMBER, allow, deny);
    }
}
