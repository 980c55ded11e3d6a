package dev.synckit.testkit.record;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Everything the bot sent. The REST routes write it; tests and the playground read it. Every write wakes the
 * waiters, so an await costs nothing while nothing happens.
 */
public final class Transcript {

    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<Long, RecordedMessage> messages = new LinkedHashMap<>();
    private final Map<String, InteractionExchange> interactionsByToken = new LinkedHashMap<>();
    private final List<CommandRegistration> registrations = new ArrayList<>();
    private final List<String> unhandledRequests = new ArrayList<>();
    private final List<Integer> gatewayOps = new ArrayList<>();
    private final List<Acknowledgement> acknowledgements = new ArrayList<>();
    private final Map<Long, StoredFile> files = new LinkedHashMap<>();
    private long revision;

    public Transcript(Clock clock) {
        this.clock = clock;
    }

    public RecordedMessage recordMessage(long id, long channelId, boolean inChannel, ObjectNode json) {
        RecordedMessage message = new RecordedMessage(id, channelId, inChannel, new MessageVersion(json, clock.instant()));
        write(() -> messages.put(id, message));
        return message;
    }

    public void recordEdit(RecordedMessage message, ObjectNode json) {
        write(() -> message.add(new MessageVersion(json, clock.instant())));
    }

    public void recordDelete(RecordedMessage message) {
        write(message::markDeleted);
    }

    public void recordFile(StoredFile file) {
        write(() -> files.put(file.id(), file));
    }

    public Optional<StoredFile> file(long id) {
        return read(() -> Optional.ofNullable(files.get(id)));
    }

    public void recordRegistration(CommandRegistration registration) {
        write(() -> registrations.add(registration));
    }

    public InteractionExchange openInteraction(long id, String token, long channelId, String memberName,
                                               RecordedMessage clicked) {
        InteractionExchange exchange = new InteractionExchange(id, token, channelId, memberName, clicked, this);
        write(() -> interactionsByToken.put(token, exchange));
        return exchange;
    }

    public void recordCallback(InteractionExchange exchange, Callback callback) {
        write(() -> exchange.addCallback(callback));
    }

    public void recordAcknowledgement(Acknowledgement acknowledgement) {
        write(() -> acknowledgements.add(acknowledgement));
    }

    /** Every callback the bot attempted, accepted or refused, in order. */
    public List<Acknowledgement> acknowledgements() {
        return read(() -> List.copyOf(acknowledgements));
    }

    public void recordOriginal(InteractionExchange exchange, RecordedMessage message) {
        write(() -> exchange.setOriginal(message));
    }

    public void recordFollowUp(InteractionExchange exchange, RecordedMessage message) {
        write(() -> exchange.addFollowUp(message));
    }

    public void recordUnhandled(String request) {
        write(() -> unhandledRequests.add(request));
    }

    public void recordGatewayOp(int op) {
        write(() -> gatewayOps.add(op));
    }

    public Optional<RecordedMessage> message(long id) {
        return read(() -> Optional.ofNullable(messages.get(id)).filter(message -> !message.deleted()));
    }

    public Optional<InteractionExchange> interactionByToken(String token) {
        return read(() -> Optional.ofNullable(interactionsByToken.get(token)));
    }

    public Optional<InteractionExchange> interaction(long id) {
        return read(() -> interactionsByToken.values().stream().filter(exchange -> exchange.id() == id).findFirst());
    }

    /** The messages a member of the channel sees now, oldest first. */
    public List<RecordedMessage> channelMessages(long channelId) {
        return read(() -> messages.values().stream()
                .filter(message -> message.channelId() == channelId && message.inChannel() && !message.deleted())
                .sorted(Comparator.comparingLong(RecordedMessage::id))
                .toList());
    }

    public List<CommandRegistration> registrations() {
        return read(() -> List.copyOf(registrations));
    }

    /** Requests no route knew ("METHOD path"): a bot test should expect none. */
    public List<String> unhandledRequests() {
        return read(() -> List.copyOf(unhandledRequests));
    }

    /** The opcodes the bot sent on the gateway, in order (1 heartbeat, 2 identify, 6 resume, ...). */
    public List<Integer> gatewayOps() {
        return read(() -> List.copyOf(gatewayOps));
    }

    /** How many changes were written so far: a page compares it to know whether anything is new. */
    public long revision() {
        return read(() -> revision);
    }

    /** Waits, without polling, until {@code probe} finds something; {@link NotSeenException} after the timeout. */
    public <T> T await(String what, Duration timeout, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                Optional<T> found = probe.get();
                if (found.isPresent()) {
                    return found.get();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new NotSeenException("not seen within " + timeout + ": " + what);
                }
                changed.awaitNanos(Math.min(left, TimeUnit.SECONDS.toNanos(1)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotSeenException("interrupted while awaiting " + what);
        } finally {
            lock.unlock();
        }
    }

    private void write(Runnable change) {
        lock.lock();
        try {
            change.run();
            revision++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private <T> T read(Supplier<T> query) {
        lock.lock();
        try {
            return query.get();
        } finally {
            lock.unlock();
        }
    }
}
