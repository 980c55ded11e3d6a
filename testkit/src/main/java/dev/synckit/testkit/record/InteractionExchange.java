package dev.synckit.testkit.record;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * One interaction a member started, and everything the bot answered through its token: the callback, the
 * {@code @original} message with its versions, and follow-ups. For a button, {@code @original} is the message clicked.
 */
public final class InteractionExchange {

    private final long id;
    private final String token;
    private final long channelId;
    private final String memberName;
    private final Transcript transcript;
    private final List<Callback> callbacks = new CopyOnWriteArrayList<>();
    private final List<RecordedMessage> followUps = new CopyOnWriteArrayList<>();
    private volatile RecordedMessage original;

    InteractionExchange(long id, String token, long channelId, String memberName, RecordedMessage clicked,
                        Transcript transcript) {
        this.id = id;
        this.token = token;
        this.channelId = channelId;
        this.memberName = memberName;
        this.original = clicked;
        this.transcript = transcript;
    }

    public long id() {
        return id;
    }

    public String token() {
        return token;
    }

    public long channelId() {
        return channelId;
    }

    public String memberName() {
        return memberName;
    }

    public List<Callback> callbacks() {
        return List.copyOf(callbacks);
    }

    /** Every attempt to acknowledge this interaction, the refused ones (400 code 40060) included. */
    public List<Acknowledgement> acknowledgements() {
        return transcript.acknowledgements().stream().filter(ack -> ack.interactionId() == id).toList();
    }

    /** Waits until the bot attempted {@code count} acknowledgements of this interaction. */
    public List<Acknowledgement> awaitAcknowledgements(int count, Duration timeout) {
        return transcript.await(count + " acknowledgements of interaction " + id, timeout, () -> {
            var seen = acknowledgements();
            return seen.size() >= count ? Optional.of(seen) : Optional.empty();
        });
    }

    public Optional<RecordedMessage> original() {
        return Optional.ofNullable(original);
    }

    public List<RecordedMessage> followUps() {
        return List.copyOf(followUps);
    }

    /** The bot's first callback for this interaction. */
    public Callback awaitCallback(Duration timeout) {
        return transcript.await("a callback to interaction " + id, timeout,
                () -> callbacks.isEmpty() ? Optional.empty() : Optional.of(callbacks.getFirst()));
    }

    /** The {@code @original} message once its latest version matches. */
    public RecordedMessage awaitOriginal(Predicate<MessageVersion> matches, Duration timeout) {
        return transcript.await("@original of interaction " + id + " matching", timeout,
                () -> Optional.ofNullable(original).filter(message -> matches.test(message.latest())));
    }

    /** The first follow-up whose latest version matches. */
    public RecordedMessage awaitFollowUp(Predicate<MessageVersion> matches, Duration timeout) {
        return transcript.await("a follow-up to interaction " + id + " matching", timeout,
                () -> followUps.stream().filter(message -> matches.test(message.latest())).findFirst());
    }

    void addCallback(Callback callback) {
        callbacks.add(callback);
    }

    void setOriginal(RecordedMessage message) {
        original = message;
    }

    void addFollowUp(RecordedMessage message) {
        followUps.add(message);
    }

    @Override
    public String toString() {
        return "InteractionExchange[id=" + id + ", member=" + memberName + ", callbacks=" + callbacks
                + ", original=" + original + ", followUps=" + followUps.size() + "]";
    }
}
