package dev.synckit.agent.run;

import dev.synckit.agent.docker.ContainerEngine;
import dev.synckit.agent.pipeline.Step;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.List;

/** Runs one step of any type. The request's ref goes to git-pull, or to docker-pull in pipelines without git. */
public final class StepExecutor {

    private final CommandRunner commands;
    private final GitRepository git;
    private final DockerSteps docker;
    private final HttpSteps http;

    public StepExecutor(CommandRunner commands, ContainerEngine engine, HttpClient httpClient) {
        this.commands = commands;
        this.git = new GitRepository(commands);
        this.docker = new DockerSteps(engine);
        this.http = new HttpSteps(httpClient);
    }

    public StepOutcome run(Step step, StepContext ctx) throws IOException, InterruptedException {
        return switch (step) {
            case Step.GitPull ignored -> git.pull(ctx.workDir(), ctx.ref(), ctx.output(), ctx);
            case Step.DockerBuild build -> docker.build(build, ctx);
            case Step.DockerPull pull -> docker.pull(pull,
                    ctx.ref() != null && !ctx.pipeline().usesGit() ? ctx.ref() : pull.ref(), ctx);
            case Step.ContainerRecreate recreate -> docker.recreate(recreate, ctx);
            case Step.Webhook webhook -> http.webhook(webhook, ctx);
            case Step.HttpCheck check -> http.check(check, ctx);
            case Step.Shell shell -> shell(shell, ctx);
        };
    }

    private StepOutcome shell(Step.Shell shell, StepContext ctx) throws IOException, InterruptedException {
        var dir = shell.dir() == null ? ctx.workDir() : ctx.workDir().resolve(shell.dir());
        var result = commands.run(ctx.deploymentId(), List.of("sh", "-c", shell.run()), dir, ctx.env(),
                ctx.remaining(), ctx.output());
        if (result.timedOut()) {
            return StepOutcome.failure(StepOutcome.TIMED_OUT);
        }
        return result.succeeded() ? StepOutcome.success() : StepOutcome.failure("exit code " + result.exitCode());
    }
}
