package dev.synckit.embeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.core.deployment.DeploymentStatus;
import dev.synckit.core.deployment.TargetOverview;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BoardMessageTest {

    private static final Optional<URI> REPO = Optional.of(URI.create("https://github.com/example/ledger"));
    private static final long FINISHED = Deployments.STARTED.plusSeconds(63).getEpochSecond();

    private static TargetOverview deployedThenFailed(String name) {
        var running = Deployments.of(DeploymentStatus.SUCCEEDED, Optional.of(Deployments.FROM),
                Optional.of(Deployments.TO), Optional.empty(), List.of());
        var failed = Deployments.of(DeploymentStatus.FAILED, Optional.empty(), Optional.empty(),
                Optional.of("boom"), List.of());
        return new TargetOverview(name, Optional.of(failed), Optional.of(running));
    }

    @Test
    void aFieldPerTargetShowsWhatRunsSinceWhenAndTheLastDeployment() {
        var never = new TargetOverview("edge", Optional.empty(), Optional.empty());
        var embed = BoardMessage.render(List.of(deployedThenFailed("web"), never), REPO).embed();

        assertEquals("Status board", embed.getTitle());
        assertEquals(StatusLook.RED, embed.getColorRaw());
        assertEquals(2, embed.getFields().size());
        assertEquals("❌ web", embed.getFields().get(0).getName());
        assertEquals("Running [e4f5a6b](https://github.com/example/ledger/commit/" + Deployments.TO + ") since <t:"
                + FINISHED + ":R>\nLast: failed <t:" + FINISHED + ":R> by <@" + Deployments.USER + ">",
                embed.getFields().get(0).getValue());
        assertEquals("⚪ edge", embed.getFields().get(1).getName());
        assertEquals("Running: not deployed by synckit yet\nNo deployments yet", embed.getFields().get(1).getValue());
    }

    @Test
    void moreTargetsThanFieldsBecomeOneLineEachWithinTheLimits() {
        var many = IntStream.range(0, 40).mapToObj(i -> deployedThenFailed("target-" + i)).toList();
        var embed = BoardMessage.render(many, Optional.empty()).embed();

        assertEquals(0, embed.getFields().size());
        var lines = embed.getDescription().split("\n");
        assertEquals(40, lines.length);
        assertEquals("❌ **target-0** `e4f5a6b` <t:" + FINISHED + ":R> · failed <t:" + FINISHED + ":R>", lines[0]);
    }

    @Test
    void targetsBeyondTheRoomAreCountedNotCut() {
        var many = IntStream.range(0, 200).mapToObj(i -> deployedThenFailed("a-rather-long-target-name-" + i))
                .toList();
        var embed = BoardMessage.render(many, Optional.empty()).embed();

        var lines = embed.getDescription().split("\n");
        assertTrue(embed.getDescription().length() <= DiscordLimits.EMBED_DESCRIPTION);
        assertTrue(embed.getLength() <= DiscordLimits.EMBED_TOTAL);
        assertEquals("… and " + (200 - lines.length + 1) + " more targets", lines[lines.length - 1]);
        assertTrue(lines[lines.length - 2].endsWith(":R>"), "the last target shown is whole");
    }

    @Test
    void theSameStateRendersTheSameMessageSoAnUnchangedBoardIsNotEdited() {
        var once = BoardMessage.render(List.of(deployedThenFailed("web")), REPO);
        var again = BoardMessage.render(List.of(deployedThenFailed("web")), REPO);
        assertEquals(once.embed().toData().toString(), again.embed().toData().toString());
        assertEquals("No targets are configured.", BoardMessage.render(List.of(), REPO).embed().getDescription());
    }
}
