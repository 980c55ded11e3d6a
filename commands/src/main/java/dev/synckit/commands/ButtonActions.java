package dev.synckit.commands;

import dev.synckit.core.deployment.DeployRequest;
import dev.synckit.core.deployment.DeploymentId;
import dev.synckit.core.deployment.DeploymentRefusedException;
import dev.synckit.core.deployment.DeploymentRefusedException.Reason;
import dev.synckit.embeds.AnnouncementMessage;
import dev.synckit.embeds.ButtonAction;
import dev.synckit.embeds.EventRef;
import dev.synckit.embeds.Masking;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.utils.FileUpload;

/**
 * What each button does once the clicker is known to be a maintainer and the reply is deferred. Clicks that start
 * something are claimed once in the store, so a double click or two maintainers start one deployment.
 */
final class ButtonActions {

    private static final long EDIT_WAIT_SECONDS = 10;

    private final ChatOps ops;
    private final AnnouncedEvents announced;
    private final DeploymentReply reply;

    ButtonActions(ChatOps ops, AnnouncedEvents announced) {
        this.ops = ops;
        this.announced = announced;
        this.reply = new DeploymentReply(ops.statuses());
    }

    void act(ButtonAction action, ButtonInteractionEvent event) throws Exception {
        var user = Asker.of(event).id();
        var hook = event.getHook();
        switch (action) {
            case ButtonAction.Deploy deploy -> deploy(deploy, event);
            case ButtonAction.Dismiss dismiss -> {
                var announcement = announced.find(dismiss.event()).orElseThrow(ButtonActions::unknownAnnouncement);
                event.getMessageChannel().editMessageById(event.getMessageId(),
                        AnnouncementMessage.dismissed(announcement, user, ops.clock().instant()).toEditData())
                        .submit().get(EDIT_WAIT_SECONDS, TimeUnit.SECONDS);
                hook.editOriginal("Dismissed.").queue();
            }
            case ButtonAction.Cancel cancel -> {
                var d = ops.deployments().cancel(cancel.deployment(), user);
                hook.editOriginal(d.status().isFinal() ? "Cancelled." : "Cancelling: the agent is stopping it.")
                        .queue();
            }
            case ButtonAction.Confirm confirm -> reply.started(hook,
                    ops.deployments().confirm(confirm.deployment(), user), event.getChannelId());
            case ButtonAction.Rollback rollback -> once(event, "rollback:" + event.getMessageId(), () ->
                    reply.started(hook, ops.deployments().rollback(rollback.target(), user, "Rollback button"),
                            event.getChannelId()));
            case ButtonAction.Retry retry -> {
                var earlier = existing(retry.deployment());
                once(event, "retry:" + retry.deployment(), () -> reply.started(hook, ops.deployments().request(
                        new DeployRequest(earlier.target(), earlier.ref(), user, "retry of " + earlier.id(), false)),
                        event.getChannelId()));
            }
            case ButtonAction.Logs logs -> {
                existing(logs.deployment());
                var masking = Masking.of(ops.secrets());
                // the chunks carry their own line ends: the file is the log exactly as GET …/log serves it
                var text = masking.mask(ops.deployments().log(logs.deployment()));
                hook.editOriginal("Full output of deployment `" + logs.deployment() + "`:")
                        .setFiles(FileUpload.fromData(text.getBytes(StandardCharsets.UTF_8),
                                "deployment-" + logs.deployment() + ".log"))
                        .queue();
            }
        }
    }

    private void deploy(ButtonAction.Deploy deploy, ButtonInteractionEvent event) throws Exception {
        var announcement = announced.find(deploy.event()).orElseThrow(ButtonActions::unknownAnnouncement);
        var key = EventRef.keyOf(announcement);
        once(event, "deploy:" + deploy.target() + ":" + key, () -> {
            var deployment = ops.deployments().request(new DeployRequest(deploy.target(), Optional.empty(),
                    Asker.of(event).id(),
                    "new version " + announcement.version() + " of " + announcement.packageName(), false));
            var posted = reply.statusMessage(deployment, event.getChannelId());
            if (posted instanceof DeploymentReply.Posted.Open open) {
                event.getMessageChannel().editMessageById(event.getMessageId(), AnnouncementMessage.deploying(
                        announcement, deploy.target(), ops.statuses().link(open.message()), ops.clock().instant())
                        .toEditData()).queue();
            }
            reply.started(event.getHook(), deployment, posted);
        });
    }

    /**
     * Does {@code work} once per {@code key}: a later or concurrent click is told it was already done. A refused
     * request gives the claim back, since nothing happened: the next click may try again.
     */
    private void once(ButtonInteractionEvent event, String key, ClaimedWork work) throws Exception {
        if (!ops.chat().claimOnce(key, ops.clock().instant())) {
            event.getHook().editOriginal("Someone already did this.").queue();
            return;
        }
        try {
            work.run();
        } catch (DeploymentRefusedException e) {
            ops.chat().releaseClaim(key);
            throw e;
        }
    }

    /** What a claimed click does. */
    @FunctionalInterface
    private interface ClaimedWork {
        void run() throws Exception;
    }

    private dev.synckit.core.deployment.Deployment existing(DeploymentId id) throws DeploymentRefusedException {
        return ops.deployments().find(id).orElseThrow(() -> new DeploymentRefusedException(
                Reason.UNKNOWN_DEPLOYMENT, "no deployment " + id));
    }

    private static DeploymentRefusedException unknownAnnouncement() {
        return new DeploymentRefusedException(Reason.UNKNOWN_DEPLOYMENT,
                "this announcement is not known to the service any more");
    }
}
