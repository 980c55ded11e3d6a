package dev.synckit.core.event;

import dev.synckit.config.NewVersionPolicy;
import dev.synckit.config.TargetSettings;
import dev.synckit.contract.NewVersionEvent;
import dev.synckit.core.deployment.DeployRequest;
import dev.synckit.core.deployment.DeploymentRefusedException;
import dev.synckit.core.deployment.DeploymentService;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys the targets whose policy is {@code deploy} when a new version of one of their packages arrives. The
 * intake runs listeners once per package and version, so each version deploys once however often it is posted. A
 * locked target is skipped with a warning rather than failing the event.
 */
public final class NewVersionDeployer implements NewVersionListener {

    private static final Logger LOG = LoggerFactory.getLogger(NewVersionDeployer.class);

    private final List<TargetSettings> targets;
    private final DeploymentService deployments;

    public NewVersionDeployer(List<TargetSettings> targets, DeploymentService deployments) {
        this.targets = List.copyOf(targets);
        this.deployments = deployments;
    }

    @Override
    public void onNewVersion(NewVersionEvent event) throws DeploymentRefusedException {
        for (var target : targets) {
            if (target.onNewVersion() != NewVersionPolicy.DEPLOY || !target.concerns(event.packageName())) {
                continue;
            }
            var who = "event:" + event.packageName() + "@" + event.version();
            try {
                var deployment = deployments.request(new DeployRequest(target.name(), Optional.empty(), who,
                        "new version " + event.version() + " of " + event.packageName(), false));
                LOG.info("new version {} of {}: deployment {} of {}", event.version(), event.packageName(),
                        deployment.id(), target.name());
            } catch (DeploymentRefusedException e) {
                if (e.reason() != DeploymentRefusedException.Reason.TARGET_LOCKED) {
                    throw e;
                }
                LOG.warn("new version {} of {}: not deployed to {}: {}", event.version(), event.packageName(),
                        target.name(), e.getMessage());
            }
        }
    }
}
