package dev.synckit.agent.run;

import dev.synckit.agent.docker.ContainerEngine;
import dev.synckit.agent.docker.ContainerEngineException;
import dev.synckit.agent.pipeline.Step;

/**
 * docker-build, docker-pull and container-recreate against the container engine; image ids tell what changed.
 * After each, the repository's images no container uses are removed, but the newest {@code keep_images}.
 */
final class DockerSteps {

    private final ContainerEngine engine;

    DockerSteps(ContainerEngine engine) {
        this.engine = engine;
    }

    StepOutcome build(Step.DockerBuild step, StepContext ctx) throws InterruptedException {
        try {
            String before = engine.imageId(step.tag()).orElse("");
            String after = engine.build(ctx.workDir(), step.tag(), ctx.output(), ctx.remaining());
            ctx.output().accept("built " + step.tag() + " " + shortId(after));
            removeOldImages(step.tag(), step.keepImages(), ctx);
            return StepOutcome.revisions(before, after);
        } catch (ContainerEngineException e) {
            return StepOutcome.failure("docker build " + step.tag() + ": " + e.getMessage());
        }
    }

    /** Pulls {@code ref}; recreates the step's container only when it runs another image than the one pulled. */
    StepOutcome pull(Step.DockerPull step, String ref, StepContext ctx) throws InterruptedException {
        try {
            String before = step.container() != null
                    ? engine.containerImageId(step.container()).orElse("")
                    : engine.imageId(ref).orElse("");
            String after = engine.pull(ref, ctx.output(), ctx.remaining());
            ctx.output().accept("pulled " + ref + " " + shortId(after));
            if (step.container() != null && !after.equals(before)) {
                var recreated = engine.recreate(step.container(), ref, ctx.output(), ctx.remaining());
                ctx.output().accept("recreated " + step.container() + " on " + shortId(recreated.newImageId()));
            }
            removeOldImages(ref, step.keepImages(), ctx);
            return StepOutcome.revisions(before, after);
        } catch (ContainerEngineException e) {
            return StepOutcome.failure("docker pull " + ref + ": " + e.getMessage());
        }
    }

    StepOutcome recreate(Step.ContainerRecreate step, StepContext ctx) throws InterruptedException {
        try {
            var recreated = engine.recreate(step.name(), step.image(), ctx.output(), ctx.remaining());
            ctx.output().accept("recreated " + step.name() + ": " + shortId(recreated.oldImageId()) + " -> "
                    + shortId(recreated.newImageId()));
            removeOldImages(step.image(), step.keepImages(), ctx);
            return StepOutcome.success();
        } catch (ContainerEngineException e) {
            return StepOutcome.failure("recreate " + step.name() + ": " + e.getMessage());
        }
    }

    /** A clean-up that fails is said in the output and leaves the step as it ended: the deployment itself worked. */
    private void removeOldImages(String image, int keep, StepContext ctx) throws InterruptedException {
        if (keep == 0) {
            return;
        }
        var left = ctx.remaining();
        if (left.isZero()) {
            ctx.output().accept("old images of " + image + " were not removed: the step's time is up");
            return;
        }
        try {
            engine.removeOldImages(image, keep, ctx.output(), left);
        } catch (ContainerEngineException e) {
            ctx.output().accept("old images of " + image + " were not removed: " + e.getMessage());
        }
    }

    /** {@code sha256:0123456789ab…} as docker shows it: twelve hex digits. */
    static String shortId(String imageId) {
        if (imageId == null || imageId.isEmpty()) {
            return "(none)";
        }
        String hex = imageId.startsWith("sha256:") ? imageId.substring(7) : imageId;
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }
}
