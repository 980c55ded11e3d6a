package dev.synckit.testkit.guild;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The one guild the bot lives in. Roles and channels are fixed when the emulator starts (JDA caches them from
 * GUILD_CREATE); members can join at any time, because interactions carry their member.
 */
public final class EmulatedGuild {

    public static final String MAINTAINER_ROLE = "maintainer";
    public static final String ADMIN_ROLE = "admin";

    private static final long BOT_ROLE_PERMISSIONS = Permissions.VIEW_CHANNEL | Permissions.SEND_MESSAGES
            | Permissions.EMBED_LINKS | Permissions.ATTACH_FILES | Permissions.READ_MESSAGE_HISTORY
            | Permissions.MANAGE_MESSAGES | Permissions.ADD_REACTIONS | Permissions.USE_EXTERNAL_EMOJIS;

    private final long id;
    private final String name;
    private final Application application;
    private final List<Role> roles;
    private final List<Channel> channels;
    private final SnowflakeSource ids;
    private final Map<String, Member> membersByName = new LinkedHashMap<>();

    private EmulatedGuild(long id, String name, Application application, List<Role> roles, List<Channel> channels,
                          SnowflakeSource ids) {
        this.id = id;
        this.name = name;
        this.application = application;
        this.roles = List.copyOf(roles);
        this.channels = List.copyOf(channels);
        this.ids = ids;
    }

    /** A guild with @everyone, "maintainer" (Manage Server), "admin" (Administrator), the bot's role, and an owner. */
    public static EmulatedGuild create(SnowflakeSource ids, Application application, String guildName,
                                       List<String> channelNames, Instant now) {
        long guildId = ids.next();
        List<Role> roles = List.of(
                new Role(guildId, "@everyone", Permissions.EVERYONE_DEFAULT, 0, 0, false),
                new Role(ids.next(), MAINTAINER_ROLE, Permissions.MANAGE_GUILD, 1, 0x2ecc71, false),
                new Role(ids.next(), ADMIN_ROLE, Permissions.ADMINISTRATOR, 2, 0xe74c3c, false),
                new Role(ids.next(), application.botName(), BOT_ROLE_PERMISSIONS, 3, 0x5865f2, true));
        List<Channel> channels = new ArrayList<>();
        for (String channelName : channelNames) {
            channels.add(new Channel(ids.next(), channelName, channels.size()));
        }
        EmulatedGuild guild = new EmulatedGuild(guildId, guildName, application, roles, channels, ids);
        guild.add(new Member(application.botUserId(), application.botName(), List.of(roles.get(3).id()), true, now));
        guild.add(new Member(ids.next(), "owner", List.of(roles.get(2).id()), false, now));
        return guild;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Application application() {
        return application;
    }

    public List<Role> roles() {
        return roles;
    }

    public Role everyone() {
        return roles.getFirst();
    }

    public Role role(String roleName) {
        return roles.stream().filter(r -> r.name().equals(roleName)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no role named " + roleName));
    }

    public List<Channel> channels() {
        return channels;
    }

    public Channel channel(String channelName) {
        return channels.stream().filter(c -> c.name().equals(channelName)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no channel named " + channelName));
    }

    public Optional<Channel> channel(long channelId) {
        return channels.stream().filter(c -> c.id() == channelId).findFirst();
    }

    public Member owner() {
        return memberNamed("owner").orElseThrow();
    }

    public Member bot() {
        return memberNamed(application.botName()).orElseThrow();
    }

    /** The member with this name, joining now with exactly these roles (an existing member's roles are replaced). */
    public Member member(String memberName, String... roleNames) {
        List<Long> roleIds = Arrays.stream(roleNames).map(this::role).map(Role::id).toList();
        synchronized (membersByName) {
            Member existing = membersByName.get(memberName);
            Member member = existing == null
                    ? new Member(ids.next(), memberName, roleIds, false, SnowflakeSource.timeOf(ids.next()))
                    : new Member(existing.id(), memberName, roleIds, existing.bot(), existing.joinedAt());
            membersByName.put(memberName, member);
            return member;
        }
    }

    public Optional<Member> memberNamed(String memberName) {
        synchronized (membersByName) {
            return Optional.ofNullable(membersByName.get(memberName));
        }
    }

    public List<Member> members() {
        synchronized (membersByName) {
            return List.copyOf(membersByName.values());
        }
    }

    /** Guild-wide permissions, as Discord computes them (no channel overwrites exist here). */
    public long permissionsOf(Member member) {
        long bits = everyone().permissions();
        for (Role role : roles) {
            if (member.roleIds().contains(role.id())) {
                bits |= role.permissions();
            }
        }
        return (bits & Permissions.ADMINISTRATOR) != 0 ? Permissions.ALL : bits;
    }

    private void add(Member member) {
        synchronized (membersByName) {
            membersByName.put(member.name(), member);
        }
    }
}
