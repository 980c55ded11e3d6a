package dev.synckit.commands;

import dev.synckit.core.lock.TargetLocks;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /lock target reason} and {@code /unlock target}: hold a target so that nothing deploys it. */
final class LockCommand implements SlashCommand {

    private final ChatOps ops;
    private final boolean lock;

    private LockCommand(ChatOps ops, boolean lock) {
        this.ops = ops;
        this.lock = lock;
    }

    static LockCommand lock(ChatOps ops) {
        return new LockCommand(ops, true);
    }

    static LockCommand unlock(ChatOps ops) {
        return new LockCommand(ops, false);
    }

    @Override
    public SlashCommandData definition() {
        var target = "the target";
        return lock
                ? Commands.slash("lock", "Hold a target: nothing deploys it until it is unlocked")
                        .addOption(OptionType.STRING, "target", target, true)
                        .addOption(OptionType.STRING, "reason", "why, for the others", true)
                : Commands.slash("unlock", "Release a target's lock")
                        .addOption(OptionType.STRING, "target", target, true);
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        var target = event.getOption("target", OptionMapping::getAsString);
        var actor = event.getUser().getId();
        var result = lock
                ? ops.locks().lock(target, actor, event.getOption("reason", "", OptionMapping::getAsString))
                : ops.locks().unlock(target, actor, true);
        event.getHook().editOriginal(text(result)).queue();
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
