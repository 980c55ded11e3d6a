package dev.synckit.agent.callback;

import dev.synckit.agent.run.Deployment;
import dev.synckit.agent.run.DeploymentEvents;
import dev.synckit.contract.agent.CallbackEvent;
import dev.synckit.contract.agent.CallbackEventType;
import dev.synckit.contract.agent.DeploymentState;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The callbacks of one deployment. Events are queued as they happen and sent in order by one virtual thread;
 * a sequence number is given at the first attempt, so what the receiver sees counts 1, 2, 3… without gaps.
 * Consecutive output lines of a step travel whole, as step-output events of bounded size, at most one batch per
 * output interval: the receiver's log is every line, not a tail.
 */
final class CallbackStream implements DeploymentEvents {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackStream.class);
    /** Output waiting beyond this many characters is dropped (and counted): a dead receiver must not grow the heap. */
    static final int MAX_WAITING_CHARS = 4 * 1024 * 1024;
    /**
     * The output one event carries at most: even with every character escaped by JSON, the body stays inside the
     * receiver's 256 KB limit. A batch larger than this goes out as several events in a row.
     */
    static final int MAX_EVENT_CHARS = 32 * 1024;

    private final URI url;
    private final String deploymentId;
    private final String pipeline;
    private final CallbackSender sender;
    private final Clock clock;
    private final RetryPolicy policy;
    private final ArrayDeque<Object> waiting = new ArrayDeque<>();
    private long waitingChars;
    private long droppedLines;
    private boolean started;
    private long sequence;

    CallbackStream(URI url, Deployment deployment, CallbackSender sender, Clock clock, RetryPolicy policy) {
        this.url = url;
        this.deploymentId = deployment.id();
        this.pipeline = deployment.pipeline().name();
        this.sender = sender;
        this.clock = clock;
        this.policy = policy;
    }

    private record Line(int stepIndex, String step, String text) {
    }

    @Override
    public void started(Deployment d) {
        enqueue(event(d, CallbackEventType.STARTED, null, null, "running", null, null));
    }

    @Override
    public void stepStarted(Deployment d, int i) {
        enqueue(event(d, CallbackEventType.STEP_STARTED, i, stepName(d, i), null, null, null));
    }

    @Override
    public synchronized void output(Deployment d, int i, String line) {
        if (waitingChars + line.length() > MAX_WAITING_CHARS) {
            droppedLines++;
            return;
        }
        waitingChars += line.length();
        enqueue(new Line(i, stepName(d, i), line));
    }

    @Override
    public void stepFinished(Deployment d, int i) {
        var step = d.state().steps().get(i);
        enqueue(event(d, CallbackEventType.STEP_FINISHED, i, step.name(), wire(step.status()), null, null));
    }

    @Override
    public void finished(Deployment d) {
        var state = d.state();
        enqueue(event(d, CallbackEventType.FINISHED, null, null, wire(state.status()), null, state));
    }

    private CallbackEvent event(Deployment d, CallbackEventType type, Integer stepIndex, String step, String status,
                                String output, DeploymentState state) {
        return new CallbackEvent(deploymentId, 0, type, pipeline, clock.instant().toString(), stepIndex, step,
                status, output, state);
    }

    private synchronized void enqueue(Object item) {
        waiting.addLast(item);
        notifyAll();
        if (!started) {
            started = true;
            Thread.ofVirtual().name("callbacks").start(this::deliverAll);
        }
    }

    private void deliverAll() {
        long failingSince = 0;
        long lastOutput = 0;
        try {
            while (true) {
                CallbackEvent next;
                synchronized (this) {
                    while (waiting.isEmpty()) {
                        wait();
                    }
                    if (waiting.peekFirst() instanceof Line) {
                        // let lines gather: at most one step-output per interval, unless a full one is waiting
                        long due = lastOutput + policy.outputInterval().toMillis();
                        for (long pause = due - System.currentTimeMillis();
                             pause > 0 && waitingChars < MAX_EVENT_CHARS; pause = due - System.currentTimeMillis()) {
                            wait(pause);
                        }
                        lastOutput = System.currentTimeMillis();
                    }
                    next = take();
                }
                next = next.withSequence(++sequence);
                Duration delay = policy.initialDelay();
                while (!sender.post(url, next)) {
                    long now = System.nanoTime();
                    failingSince = failingSince == 0 ? now : failingSince;
                    if (now - failingSince > policy.giveUpAfter().toNanos()) {
                        LOG.warn("giving up callbacks of deployment {} to {} after {}: the outcome stays available"
                                + " at GET /v1/deployments/{}", next.deploymentId(), url.getHost(),
                                policy.giveUpAfter(), next.deploymentId());
                        return;
                    }
                    Thread.sleep(delay);
                    delay = policy.next(delay);
                }
                failingSince = 0;
                if (next.type() == CallbackEventType.FINISHED) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The next event; consecutive output lines of one step merged into a single step-output of at most
     * {@link #MAX_EVENT_CHARS} (and at least one line).
     */
    private CallbackEvent take() {
        Object head = waiting.pollFirst();
        if (head instanceof CallbackEvent event) {
            return event;
        }
        var first = (Line) head;
        var text = new StringBuilder(first.text());
        while (waiting.peekFirst() instanceof Line line && line.stepIndex() == first.stepIndex()
                && text.length() + 1 + line.text().length() <= MAX_EVENT_CHARS) {
            waiting.pollFirst();
            text.append('\n').append(line.text());
            waitingChars -= line.text().length();
        }
        waitingChars -= first.text().length();
        if (droppedLines > 0) {
            text.append("\n(").append(droppedLines).append(" lines not sent; the whole log is at the agent)");
            droppedLines = 0;
        }
        return new CallbackEvent(deploymentId, 0, CallbackEventType.STEP_OUTPUT, pipeline, clock.instant().toString(),
                first.stepIndex(), first.step(), null, text.toString(), null);
    }

    private static String stepName(Deployment d, int i) {
        return d.stepName(i);
    }

    private static String wire(Enum<?> status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
