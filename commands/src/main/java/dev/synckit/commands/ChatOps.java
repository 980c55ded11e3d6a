package dev.synckit.commands;

import dev.synckit.contract.VerifyInfo;
import dev.synckit.core.chat.ChatState;
import dev.synckit.core.deployment.DeploymentService;
import dev.synckit.core.lock.TargetLocks;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** What the commands and buttons act on; {@code secrets} are masked in every output shown. */
public record ChatOps(DeploymentService deployments, TargetLocks locks, ChatState chat, StatusMessages statuses,
        Maintainers maintainers, VerifyInfo verify, String commit, Optional<URI> repoUrl, Set<String> secrets, Clock clock) {
}
