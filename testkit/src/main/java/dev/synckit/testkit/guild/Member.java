package dev.synckit.testkit.guild;

import java.time.Instant;
import java.util.List;

/** A guild member (the bot is one too). {@code roleIds} excludes @everyone, as Discord sends it. */
public record Member(long id, String name, List<Long> roleIds, boolean bot, Instant joinedAt) {

    public Member {
        roleIds = List.copyOf(roleIds);
    }
}
