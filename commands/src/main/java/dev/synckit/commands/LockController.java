package dev.synckit.commands;

import com.github.kaktushose.jda.commands.annotations.interactions.Command;
import com.github.kaktushose.jda.commands.annotations.interactions.Interaction;
import com.github.kaktushose.jda.commands.annotations.interactions.Param;
import com.github.kaktushose.jda.commands.annotations.interactions.Permissions;
import com.github.kaktushose.jda.commands.dispatching.events.interactions.CommandEvent;
import dev.synckit.core.lock.TargetLocks;

/** {@code /lock target reason} and {@code /unlock target}: hold a target so that nothing deploys it. */
@Interaction
@Permissions(Maintainers.ONLY)
public final class LockController {

    private final ChatOps ops;
    private final InteractionRun run;

    LockController(ChatOps ops, InteractionRun run) {
        this.ops = ops;
        this.run = run;
    }

    @Command(value = "lock", desc = "Hold a target: nothing deploys it until it is unlocked")
    public void lock(CommandEvent event, @Param(name = "target", value = "the target") String target,
            @Param(name = "reason", value = "why, for the others") String reason) {
        run.command(event, true, hook -> hook.editOriginal(
                text(ops.locks().lock(target, Asker.of(event.jdaEvent()).id(), reason))).queue());
    }

    @Command(value = "unlock", desc = "Release a target's lock")
    public void unlock(CommandEvent event, @Param(name = "target", value = "the target") String target) {
        run.command(event, true, hook -> hook.editOriginal(
                text(ops.locks().unlock(target, Asker.of(event.jdaEvent()).id(), true))).queue());
    }

    private static String text(TargetLocks.Result result) {
        return switch (result) {
            case TargetLocks.Result.Locked l -> "Locked `" + l.lock().target() + "`.";
            case TargetLocks.Result.Released r -> "Unlocked `" + r.lock().target() + "` (held by <@"
                    + r.lock().holder() + ">).";
            case TargetLocks.Result.HeldBy h -> "`" + h.lock().target() + "` is already locked by <@"
                    + h.lock().holder() + ">" + (h.lock().reason().isBlank() ? "." : ": " + h.lock().reason());
            case TargetLocks.Result.NotLocked n -> "`" + n.target() + "` is not locked.";
            case TargetLocks.Result.UnknownTarget u -> "There is no target named `" + u.target() + "`.";
        };
    }
}
