package dev.synckit.agent;

import dev.synckit.agent.callback.CallbackSender;
import dev.synckit.agent.callback.RetryPolicy;
import dev.synckit.agent.docker.ContainerEngine;
import dev.synckit.agent.http.AgentServer;
import dev.synckit.agent.pipeline.AgentConfig;
import dev.synckit.agent.run.CommandRunner;
import dev.synckit.agent.run.DeployQueue;
import dev.synckit.agent.run.DeploymentStore;
import dev.synckit.agent.run.GitRepository;
import dev.synckit.agent.run.Masker;
import dev.synckit.agent.run.OutcomeRetention;
import dev.synckit.agent.run.PipelineRun;
import dev.synckit.agent.run.ProcessGroups;
import dev.synckit.agent.run.StepExecutor;
import dev.synckit.agent.watch.UpstreamWatcher;
import dev.synckit.contract.agent.CallbackSignature;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A running agent: every part wired by hand, started, and stopped by {@link #close()}. */
public final class Agent implements AutoCloseable {

    /** How long a killed step's processes get between TERM and KILL. */
    static final Duration KILL_GRACE = Duration.ofSeconds(3);

    private final AgentServer server;
    private final DeployQueue queue;
    private final List<UpstreamWatcher> watchers = new ArrayList<>();
    private final HttpClient http;
    private final OutcomeRetention retention;

    private Agent(AgentServer server, DeployQueue queue, HttpClient http, OutcomeRetention retention) {
        this.server = server;
        this.queue = queue;
        this.http = http;
        this.retention = retention;
    }

    public static Agent start(AgentSettings settings, AgentConfig config, Map<String, String> env,
                              ContainerEngine engine, RetryPolicy callbackPolicy) throws IOException {
        var clock = Clock.systemUTC();
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var masker = new Masker(settings.secret(), env);
        var groups = new ProcessGroups(settings.dataDir());
        var store = new DeploymentStore(settings.dataDir());
        // what a killed agent left running ends first, and its deployments say so
        store.load(clock.instant(), endLeftovers(groups));
        var retention = new OutcomeRetention(store, config.retention(), clock);
        retention.start();
        var commands = new CommandRunner(KILL_GRACE, masker, groups);
        var run = new PipelineRun(new StepExecutor(commands, engine, http), masker, env, store, clock);
        var callbacks = new CallbackSender(http, new CallbackSignature(settings.secret()), clock, callbackPolicy);
        var queue = new DeployQueue(run, store, callbacks::eventsFor, clock, masker);
        var server = new AgentServer(new InetSocketAddress(settings.host(), settings.port()), settings.secret(),
                config, queue, store);
        var agent = new Agent(server, queue, http, retention);
        server.start();
        var git = new GitRepository(commands);
        for (var pipeline : config.pipelines()) {
            if (pipeline.watch().isPresent()) {
                var watcher = new UpstreamWatcher(pipeline, git, queue);
                agent.watchers.add(watcher);
                watcher.start();
            }
        }
        return agent;
    }

    private static List<ProcessGroups.Leftover> endLeftovers(ProcessGroups groups) throws IOException {
        try {
            return groups.endLeftovers(KILL_GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ending the processes an earlier run left behind", e);
        }
    }

    public int port() {
        return server.port();
    }

    public DeployQueue queue() {
        return queue;
    }

    @Override
    public void close() {
        watchers.forEach(UpstreamWatcher::close);
        retention.close();
        server.close();
        http.close();
    }
}
