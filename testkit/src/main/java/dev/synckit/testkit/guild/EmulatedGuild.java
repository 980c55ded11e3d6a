package dev.synckit.testkit.guild;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one guild the bot lives in. Roles and channels are fixed when the emulator starts (JDA caches them from
 * GUILD_CREATE); members can join at any time, because interactions carry their member, and a channel's permission
 * overwrites may change (the emulator then dispatches CHANNEL_UPDATE). Permissions are computed as Discord computes
 * them: roles, then the channel's overwrites, then the implicit denials.
 */
public final class EmulatedGuild {

    public static final String MAINTAINER_ROLE = "maintainer";
    public static final String ADMIN_ROLE = "admin";

    private final long id;
    private final String name;
    private final Application application;
    private final List<Role> roles;
    private final List<Channel> channels;
    private final SnowflakeSource ids;
    private final Map<String, Member> membersByName = new LinkedHashMap<>();
    private final Map<Long, List<PermissionOverwrite>> overwrites = new ConcurrentHashMap<>();

    private EmulatedGuild(long id, String name, Application application, List<Role> roles, List<Channel> channels,
                          SnowflakeSource ids) {
        this.id = id;
        this.name = name;
        this.application = application;
        this.roles = List.copyOf(roles);
        this.channels = List.copyOf(channels);
        this.ids = ids;
    }

    /**
     * A guild with @everyone, "maintainer" (Manage Server), "admin" (Administrator), the bot's managed role with
     * {@code botPermissions} (what its invite granted), and an owner.
     */
    public static EmulatedGuild create(SnowflakeSource ids, Application application, String guildName,
                                       List<String> channelNames, long botPermissions, Instant now) {
        long guildId = ids.next();
        List<Role> roles = List.of(
                new Role(guildId, "@everyone", Permissions.EVERYONE_DEFAULT, 0, 0, false),
                new Role(ids.next(), MAINTAINER_ROLE, Permissions.MANAGE_GUILD, 1, 0x2ecc71, false),
                new Role(ids.next(), ADMIN_ROLE, Permissions.ADMINISTRATOR, 2, 0xe74c3c, false),
                new Role(ids.next(), application.botName(), botPermissions, 3, 0x5865f2, true));
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

    /** Guild-wide permissions: @everyone and the member's roles; the owner and Administrator have every one. */
    public long permissionsOf(Member member) {
        long bits = everyone().permissions();
        for (Role role : roles) {
            if (member.roleIds().contains(role.id())) {
                bits |= role.permissions();
            }
        }
        boolean owner = memberNamed("owner").map(o -> o.id() == member.id()).orElse(false);
        return owner || (bits & Permissions.ADMINISTRATOR) != 0 ? Permissions.ALL : bits;
    }

    /**
     * Permissions in the channel, in Discord's order: the guild-wide ones, then the @everyone overwrite, then the
     * member's role overwrites together, then the member's own; without View Channel nothing is left, and without
     * Send Messages neither Embed Links nor Attach Files (or mentions and TTS) are.
     */
    public long permissionsIn(Member member, Channel channel) {
        long bits = permissionsOf(member);
        if (bits == Permissions.ALL) {
            return bits;
        }
        List<PermissionOverwrite> set = overwrites(channel);
        long roleAllow = 0;
        long roleDeny = 0;
        for (PermissionOverwrite overwrite : set) {
            if (overwrite.type() == PermissionOverwrite.ROLE && overwrite.id() == id) {
                bits = (bits & ~overwrite.deny()) | overwrite.allow();
            } else if (overwrite.type() == PermissionOverwrite.ROLE && member.roleIds().contains(overwrite.id())) {
                roleAllow |= overwrite.allow();
                roleDeny |= overwrite.deny();
            }
        }
        bits = (bits & ~roleDeny) | roleAllow;
        for (PermissionOverwrite overwrite : set) {
            if (overwrite.type() == PermissionOverwrite.MEMBER && overwrite.id() == member.id()) {
                bits = (bits & ~overwrite.deny()) | overwrite.allow();
            }
        }
        if ((bits & Permissions.VIEW_CHANNEL) == 0) {
            return 0;
        }
        if ((bits & Permissions.SEND_MESSAGES) == 0) {
            bits &= ~(Permissions.EMBED_LINKS | Permissions.ATTACH_FILES | Permissions.MENTION_EVERYONE
                    | Permissions.SEND_TTS_MESSAGES);
        }
        return bits;
    }

    /** The channel's overwrites now. */
    public List<PermissionOverwrite> overwrites(Channel channel) {
        return overwrites.getOrDefault(channel.id(), List.of());
    }

    /** Sets the overwrite for its role or member in the channel, replacing the one it had. */
    public void overwrite(Channel channel, PermissionOverwrite overwrite) {
        overwrites.compute(channel.id(), (key, current) -> {
            List<PermissionOverwrite> next = new ArrayList<>(current == null ? List.of() : current);
            next.removeIf(existing -> existing.id() == overwrite.id() && existing.type() == overwrite.type());
            next.add(overwrite);
            return List.copyOf(next);
        });
    }

    /** The bot's own managed role, which its invite created. */
    public Role botRole() {
        return roles.stream().filter(Role::managed).findFirst().orElseThrow();
    }

    private void add(Member member) {
        synchronized (membersByName) {
            membersByName.put(member.name(), member);
        }
    }
}
