package dev.synckit.bot;

import java.util.Arrays;
import net.dv8tion.jda.api.Permission;

/**
 * What the bot needs in the deploy and status channels, each named as Discord's settings name it (JDA's own names
 * differ: "Read History"), which is the name an admin looks for.
 */
enum BotPermission {

    VIEW_CHANNEL("View Channel", Permission.VIEW_CHANNEL),
    SEND_MESSAGES("Send Messages", Permission.MESSAGE_SEND),
    EMBED_LINKS("Embed Links", Permission.MESSAGE_EMBED_LINKS),
    ATTACH_FILES("Attach Files", Permission.MESSAGE_ATTACH_FILES),
    READ_MESSAGE_HISTORY("Read Message History", Permission.MESSAGE_HISTORY);

    private final String settingsName;
    private final Permission jda;

    BotPermission(String settingsName, Permission jda) {
        this.settingsName = settingsName;
        this.jda = jda;
    }

    String settingsName() {
        return settingsName;
    }

    Permission jda() {
        return jda;
    }

    /** The permission bits of an invite that grants exactly these (117760). */
    static long inviteBits() {
        return Permission.getRaw(Arrays.stream(values()).map(BotPermission::jda).toList());
    }
}
