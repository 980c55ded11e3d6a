package dev.synckit.embeds;

import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.components.ActionRow;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * One rendered message: one embed and its rows of buttons (possibly none). Sent with {@link #toCreateData()}, or
 * put in place of an earlier version with {@link #toEditData()}.
 */
public record RenderedMessage(MessageEmbed embed, List<ActionRow> rows) {

    public RenderedMessage {
        Objects.requireNonNull(embed, "embed");
        rows = List.copyOf(rows);
        if (rows.size() > DiscordLimits.ACTION_ROWS) {
            throw new IllegalArgumentException("more than 5 action rows");
        }
    }

    public MessageCreateData toCreateData() {
        return new MessageCreateBuilder().setEmbeds(embed).setComponents(rows).build();
    }

    /** Replaces the embed and the buttons: an empty row list removes the buttons the message had. */
    public MessageEditData toEditData() {
        return new MessageEditBuilder().setEmbeds(embed).setComponents(rows).build();
    }
}
