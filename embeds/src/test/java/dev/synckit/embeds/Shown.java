package dev.synckit.embeds;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.interactions.components.ActionRow;
import net.dv8tion.jda.api.interactions.components.LayoutComponent;

/**
 * What a user sees of a message, as text a golden test compares exactly: every part of the embed and every button
 * (style, label, id or URL, disabled flag), read from the data JDA would send.
 */
final class Shown {

    private Shown() {
    }

    static String of(RenderedMessage message) {
        var data = message.toCreateData();
        var out = new ArrayList<String>();
        for (MessageEmbed e : data.getEmbeds()) {
            out.add("title: " + e.getTitle());
            out.add("color: " + (e.getColorRaw() == Role.DEFAULT_COLOR_RAW ? "none" : "#%06X".formatted(e.getColorRaw())));
            if (e.getTimestamp() != null) out.add("timestamp: " + e.getTimestamp().toInstant());
            if (e.getDescription() != null) out.add("description:\n" + e.getDescription());
            for (var f : e.getFields()) {
                out.add("field: " + f.getName() + " | " + f.getValue() + (f.isInline() ? " | inline" : ""));
            }
            if (e.getFooter() != null) out.add("footer: " + e.getFooter().getText());
        }
        buttons(data.getComponents(), out);
        return String.join("\n", out);
    }

    private static void buttons(List<? extends LayoutComponent> rows, List<String> out) {
        for (var row : rows) {
            out.add("row:");
            for (var b : ((ActionRow) row).getButtons()) {
                out.add("  " + b.getStyle() + " \"" + b.getLabel() + "\" "
                        + (b.getUrl() != null ? b.getUrl() : b.getId()) + (b.isDisabled() ? " disabled" : ""));
            }
        }
    }
}
