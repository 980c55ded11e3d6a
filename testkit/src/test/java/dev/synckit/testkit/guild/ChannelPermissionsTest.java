package dev.synckit.testkit.guild;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A member's permissions in a channel, computed in Discord's order from roles and the channel's overwrites. */
class ChannelPermissionsTest {

    private EmulatedGuild guild;
    private Channel deploys;

    @BeforeEach
    void create() {
        SnowflakeSource ids = new SnowflakeSource(Clock.systemUTC());
        Application application = new Application(ids.next(), ids.next(), "synckit", "token");
        guild = EmulatedGuild.create(ids, application, "Guild", List.of("general", "deploys"),
                Permissions.BOT_INVITE, Instant.now());
        deploys = guild.channel("deploys");
    }

    @Test
    void withoutOverwritesTheBotHasItsRoleAndEveryonesPermissionsEverywhere() {
        long expected = Permissions.EVERYONE_DEFAULT | Permissions.BOT_INVITE;
        assertEquals(expected, guild.permissionsOf(guild.bot()));
        assertEquals(expected, guild.permissionsIn(guild.bot(), deploys));
    }

    @Test
    void aDenyOnTheBotsRoleTakesSendMessagesAndWithItEmbedsAndFiles() {
        guild.overwrite(deploys, PermissionOverwrite.forRole(guild.botRole(), 0, Permissions.SEND_MESSAGES));

        long bits = guild.permissionsIn(guild.bot(), deploys);
        assertEquals(0, bits & (Permissions.SEND_MESSAGES | Permissions.EMBED_LINKS | Permissions.ATTACH_FILES));
        assertEquals(Permissions.VIEW_CHANNEL | Permissions.READ_MESSAGE_HISTORY,
                bits & (Permissions.VIEW_CHANNEL | Permissions.READ_MESSAGE_HISTORY));
        assertEquals(Permissions.SEND_MESSAGES, guild.permissionsIn(guild.bot(), guild.channel("general"))
                & Permissions.SEND_MESSAGES, "another channel is not touched");
    }

    @Test
    void aRoleAllowBeatsAnEveryoneDenyAndAMemberDenyBeatsBoth() {
        guild.overwrite(deploys, PermissionOverwrite.forRole(guild.everyone(), 0, Permissions.SEND_MESSAGES));
        Member bob = guild.member("bob", EmulatedGuild.MAINTAINER_ROLE);
        assertEquals(0, guild.permissionsIn(bob, deploys) & Permissions.SEND_MESSAGES);

        guild.overwrite(deploys, PermissionOverwrite.forRole(guild.role(EmulatedGuild.MAINTAINER_ROLE),
                Permissions.SEND_MESSAGES, 0));
        assertEquals(Permissions.SEND_MESSAGES, guild.permissionsIn(bob, deploys) & Permissions.SEND_MESSAGES);

        guild.overwrite(deploys, PermissionOverwrite.forMember(bob, 0, Permissions.SEND_MESSAGES));
        assertEquals(0, guild.permissionsIn(bob, deploys) & Permissions.SEND_MESSAGES);
    }

    @Test
    void withoutViewChannelNothingIsLeftButAnAdministratorIgnoresOverwrites() {
        guild.overwrite(deploys, PermissionOverwrite.forRole(guild.everyone(), 0, Permissions.VIEW_CHANNEL));
        assertEquals(0, guild.permissionsIn(guild.bot(), deploys));
        assertEquals(Permissions.ALL, guild.permissionsIn(guild.member("root", EmulatedGuild.ADMIN_ROLE), deploys));
        assertEquals(Permissions.ALL, guild.permissionsIn(guild.owner(), deploys));
    }
}
