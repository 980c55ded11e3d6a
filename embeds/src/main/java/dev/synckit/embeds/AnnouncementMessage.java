package dev.synckit.embeds;

import dev.synckit.contract.NewVersionEvent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.interactions.components.ActionRow;
import net.dv8tion.jda.api.interactions.components.buttons.Button;

/**
 * The announcement of a new upstream version: what was detected, a Deploy button per target and a Dismiss button;
 * and the same announcement once handled, without buttons that could still act.
 */
public final class AnnouncementMessage {

    static final int COLOR = 0x5865F2;
    /** Each detail is short in practice; the cap keeps room for the description whatever the device farm sends. */
    static final int DETAIL = 200;
    /** Every button but the one kept for Dismiss. */
    static final int MAX_DEPLOY_BUTTONS = DiscordLimits.ACTION_ROWS * DiscordLimits.BUTTONS_PER_ROW - 1;

    private AnnouncementMessage() {
    }

    /** @param deployableTargets the targets the event concerns, in the order their buttons appear */
    public static RenderedMessage render(NewVersionEvent event, List<String> deployableTargets, Instant now) {
        var targets = deployableTargets.stream().filter(t -> ButtonAction.TARGET.matcher(t).matches()).toList();
        var shown = targets.subList(0, Math.min(targets.size(), MAX_DEPLOY_BUTTONS));
        var text = new StringBuilder(targets.isEmpty()
                ? "No target deploys this package."
                : "Deploy it to a target below, or dismiss it.");
        if (targets.size() > shown.size()) {
            text.append("\n").append(targets.size() - shown.size())
                    .append(" more targets have no button here: use `/deploy`.");
        }
        var ref = EventRef.of(event);
        var buttons = new ArrayList<Button>();
        shown.forEach(t -> buttons.add(Button.primary(new ButtonAction.Deploy(t, ref).format(),
                Fit.line("Deploy to " + t, DiscordLimits.BUTTON_LABEL))));
        buttons.add(Button.secondary(new ButtonAction.Dismiss(ref).format(), "Dismiss"));
        return new RenderedMessage(embed(event, now, text.toString(), COLOR), inRows(buttons));
    }

    /** The announcement after someone dismissed it: no buttons. */
    public static RenderedMessage dismissed(NewVersionEvent event, String dismissedBy, Instant now) {
        var text = "Dismissed by " + Who.mention(dismissedBy) + ".";
        return new RenderedMessage(embed(event, now, text, StatusLook.GREY), List.of());
    }

    /**
     * The announcement after a deployment of it started: a link to that deployment's status message instead of
     * buttons.
     *
     * @param statusMessageUrl the jump URL of the deployment's status message
     */
    public static RenderedMessage deploying(NewVersionEvent event, String target, String statusMessageUrl,
            Instant now) {
        var text = "Deploying to " + Fit.line(target, 64) + ".";
        var link = Button.link(statusMessageUrl, "Deployment status");
        return new RenderedMessage(embed(event, now, text, StatusLook.BLUE), List.of(ActionRow.of(link)));
    }

    private static net.dv8tion.jda.api.entities.MessageEmbed embed(NewVersionEvent event, Instant now, String text,
            int color) {
        var urls = Masking.urlsOnly();
        var draft = new EmbedDraft()
                .title("New version " + urls.mask(event.version()) + " of " + urls.mask(event.packageName()))
                .color(color)
                .field("Version", Fit.line(urls.mask(event.version()), DETAIL), true);
        optional(draft, "Build", event.build(), urls);
        optional(draft, "Platform", event.platform(), urls);
        optional(draft, "App version", event.appVersion(), urls);
        optional(draft, "Client version", event.clientVersion(), urls);
        draft.field("Detected", Fit.line(detected(urls.mask(event.detectedAt()), now), DETAIL), true);
        return draft.description(text).build();
    }

    private static void optional(EmbedDraft draft, String name, String value, Masking urls) {
        if (value != null && !value.isBlank()) {
            draft.field(name, Fit.line(urls.mask(value), DETAIL), true);
        }
    }

    private static String detected(String detectedAt, Instant now) {
        try {
            var at = Instant.parse(detectedAt);
            return Times.utc(at) + " (" + Times.ago(at, now) + ")";
        } catch (DateTimeParseException notIso) {
            return detectedAt;
        }
    }

    private static List<ActionRow> inRows(List<Button> buttons) {
        var rows = new ArrayList<ActionRow>();
        for (int i = 0; i < buttons.size(); i += DiscordLimits.BUTTONS_PER_ROW) {
            rows.add(ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + DiscordLimits.BUTTONS_PER_ROW))));
        }
        return rows;
    }
}
