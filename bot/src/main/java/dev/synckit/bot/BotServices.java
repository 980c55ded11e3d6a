package dev.synckit.bot;

import dev.synckit.contract.VerifyInfo;
import dev.synckit.core.chat.ChatState;
import dev.synckit.core.deployment.DeploymentService;
import dev.synckit.core.deployment.Transitions;
import dev.synckit.core.lock.TargetLocks;
import dev.synckit.core.people.People;
import dev.synckit.core.token.ApiTokens;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the bot needs from the rest of synckit.
 *
 * @param commit  the commit this build was made from, for {@code /verify}
 * @param secrets values masked in every output the bot shows
 * @param controllers an embedding application's own slash-command controllers
 * @param tokens  the scoped API tokens {@code /token} manages
 * @param people  where the display name of whoever interacts is kept beside their id
 */
public record BotServices(DeploymentService deployments, TargetLocks locks, ChatState chat, Transitions transitions,
        VerifyInfo verify, String commit, Optional<URI> repoUrl, Set<String> secrets, Clock clock,
        List<CommandController> controllers, ApiTokens tokens, People people) {

    public BotServices {
        secrets = Set.copyOf(secrets);
        controllers = List.copyOf(controllers);
    }
}
