package dev.synckit.commands;

import com.github.kaktushose.jda.commands.annotations.interactions.Command;
import com.github.kaktushose.jda.commands.annotations.interactions.Interaction;
import com.github.kaktushose.jda.commands.dispatching.events.interactions.CommandEvent;
import dev.synckit.embeds.VerifyMessage;

/** {@code /verify}: anyone may see which build the server runs, and the answer is seen by the channel. */
@Interaction
public final class VerifyController {

    private final ChatOps ops;
    private final InteractionRun run;

    VerifyController(ChatOps ops, InteractionRun run) {
        this.ops = ops;
        this.run = run;
    }

    @Command(value = "verify", desc = "Show which build this server runs and how to check it")
    public void verify(CommandEvent event) {
        run.command(event, false, hook -> hook.editOriginal(
                VerifyMessage.render(ops.verify(), ops.commit(), ops.repoUrl()).toEditData()).queue());
    }
}
