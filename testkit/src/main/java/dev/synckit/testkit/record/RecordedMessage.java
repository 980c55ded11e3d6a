package dev.synckit.testkit.record;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A message the bot made, with every version it had (the first is the creation). {@code inChannel} is false for
 * ephemeral interaction responses, which only their user sees.
 */
public final class RecordedMessage {

    private final long id;
    private final long channelId;
    private final boolean inChannel;
    private final List<MessageVersion> versions = new CopyOnWriteArrayList<>();
    private volatile boolean deleted;

    RecordedMessage(long id, long channelId, boolean inChannel, MessageVersion first) {
        this.id = id;
        this.channelId = channelId;
        this.inChannel = inChannel;
        versions.add(first);
    }

    public long id() {
        return id;
    }

    public long channelId() {
        return channelId;
    }

    public boolean inChannel() {
        return inChannel;
    }

    public boolean deleted() {
        return deleted;
    }

    public List<MessageVersion> versions() {
        return List.copyOf(versions);
    }

    public MessageVersion latest() {
        return versions.getLast();
    }

    /** Versions after the first. */
    public int editCount() {
        return versions.size() - 1;
    }

    void add(MessageVersion version) {
        versions.add(version);
    }

    void markDeleted() {
        deleted = true;
    }

    @Override
    public String toString() {
        return "RecordedMessage[id=" + id + ", channel=" + channelId + ", versions=" + versions.size()
                + ", latest=" + latest().json() + "]";
    }
}
