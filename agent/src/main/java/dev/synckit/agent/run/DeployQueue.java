package dev.synckit.agent.run;

import dev.synckit.agent.pipeline.PipelineSpec;
import dev.synckit.contract.agent.DeploymentState;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One deployment at a time per pipeline, the others waiting in arrival order; pipelines run in parallel, each
 * lane on its own virtual thread while it has work.
 */
public final class DeployQueue {

    /** What a caller wants deployed. */
    public record Request(PipelineSpec pipeline, Deployment.Trigger trigger, String ref, String requestId,
                          String callbackUrl) {
    }

    private final PipelineRun run;
    private final DeploymentStore store;
    private final Function<Deployment, DeploymentEvents> events;
    private final Clock clock;
    private final Masker masker;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private final Map<String, Deployment> live = new ConcurrentHashMap<>();
    private final Map<String, String> byRequestId = new ConcurrentHashMap<>();

    public DeployQueue(PipelineRun run, DeploymentStore store, Function<Deployment, DeploymentEvents> events,
                       Clock clock, Masker masker) {
        this.masker = masker;
        this.run = run;
        this.store = store;
        this.events = events;
        this.clock = clock;
        for (var kept : store.all()) {
            if (kept.requestId() != null) {
                byRequestId.put(kept.requestId(), kept.id());
            }
        }
    }

    /**
     * Queues a deployment. A request id seen before answers the deployment it started, whatever its state, so a
     * retried request never deploys twice (unless that deployment is so old that retention removed it).
     */
    public synchronized Submitted submit(Request request) {
        if (request.requestId() != null) {
            String known = byRequestId.get(request.requestId());
            if (known != null && find(known).isPresent()) {
                return new Submitted(known, false);
            }
        }
        var deployment = create(request);
        lane(request.pipeline()).enqueue(deployment);
        return new Submitted(deployment.id(), true);
    }

    /** Starts a deployment only when its pipeline has nothing queued or running (the old single-flight rule). */
    public synchronized Optional<Deployment> submitIfIdle(Request request) {
        var lane = lane(request.pipeline());
        if (lane.busy()) {
            return Optional.empty();
        }
        var deployment = create(request);
        lane.enqueue(deployment);
        return Optional.of(deployment);
    }

    public boolean busy(PipelineSpec pipeline) {
        return lane(pipeline).busy();
    }

    /** A running or queued deployment. */
    public Optional<Deployment> live(String id) {
        return Optional.ofNullable(live.get(id));
    }

    /** The state of any deployment, live or kept. */
    public Optional<DeploymentState> find(String id) {
        var deployment = live.get(id);
        return deployment != null ? Optional.of(deployment.state()) : store.find(id);
    }

    private Deployment create(Request request) {
        String id = UUID.randomUUID().toString();
        var deployment = new Deployment(id, request.pipeline(), request.trigger(), request.ref(),
                request.requestId(), request.callbackUrl(), clock.instant(), masker);
        live.put(id, deployment);
        if (request.requestId() != null) {
            byRequestId.put(request.requestId(), id);
        }
        return deployment;
    }

    private Lane lane(PipelineSpec pipeline) {
        return lanes.computeIfAbsent(pipeline.name(), name -> new Lane(name));
    }

    /** The result of {@link #submit}: the deployment's id, and whether this call created it. */
    public record Submitted(String id, boolean created) {
    }

    private final class Lane {
        private final String name;
        private final ArrayDeque<Deployment> waiting = new ArrayDeque<>();
        private boolean running;
        private Deployment current;

        Lane(String name) {
            this.name = name;
        }

        /** Busy until the current deployment is done, not until this lane's thread has noticed it. */
        synchronized boolean busy() {
            return !waiting.isEmpty() || current != null && !current.done().isDone();
        }

        synchronized void enqueue(Deployment deployment) {
            waiting.addLast(deployment);
            if (!running) {
                running = true;
                Thread.ofVirtual().name("pipeline-" + name).start(this::drain);
            }
        }

        private void drain() {
            while (true) {
                Deployment next;
                synchronized (this) {
                    next = waiting.pollFirst();
                    current = next;
                    if (next == null) {
                        running = false;
                        return;
                    }
                }
                try {
                    run.run(next, events.apply(next));
                } finally {
                    live.remove(next.id());
                }
            }
        }
    }
}
