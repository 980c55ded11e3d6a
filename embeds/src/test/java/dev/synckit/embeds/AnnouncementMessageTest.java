package dev.synckit.embeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.synckit.contract.NewVersionEvent;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.interactions.components.ActionRow;
import org.junit.jupiter.api.Test;

class AnnouncementMessageTest {

    private static final Instant NOW = Instant.parse("2026-06-10T00:05:30Z");
    private static final NewVersionEvent EVENT = new NewVersionEvent("com.auxbrain.egginc", "1.34", "/x/base.apk",
            "deadbeef", "2026-06-10T00:00:00Z", null, "111", null, "android", null);

    @Test
    void aDeployButtonPerTargetAndDismiss() {
        assertEquals("""
                title: New version 1.34 of com.auxbrain.egginc
                color: #5865F2
                description:
                Deploy it to a target below, or dismiss it.
                field: Version | 1.34 | inline
                field: Build | 111 | inline
                field: Platform | android | inline
                field: Detected | 2026-06-10 00:00 UTC (5 min ago) | inline
                row:
                  PRIMARY "Deploy to ledger" sk1:deploy:ledger:com.auxbrain.egginc@1.34
                  PRIMARY "Deploy to api" sk1:deploy:api:com.auxbrain.egginc@1.34
                  SECONDARY "Dismiss" sk1:dismiss:com.auxbrain.egginc@1.34""",
                Shown.of(AnnouncementMessage.render(EVENT, List.of("ledger", "api"), NOW)));
    }

    @Test
    void thirtyTargetsFillFiveRowsAndSayHowManyMore() {
        var targets = IntStream.rangeClosed(1, 30).mapToObj(i -> "t" + i).toList();
        var message = AnnouncementMessage.render(EVENT, targets, NOW);
        assertEquals("Deploy it to a target below, or dismiss it.\n6 more targets have no button here: use `/deploy`.",
                message.embed().getDescription());
        assertEquals(List.of(5, 5, 5, 5, 5), message.rows().stream().map(r -> r.getButtons().size()).toList());
        var last = message.rows().get(4).getButtons();
        assertEquals("sk1:deploy:t24:com.auxbrain.egginc@1.34", last.get(3).getId());
        assertEquals("Dismiss", last.get(4).getLabel());
    }

    @Test
    void sixTargetsTakeTwoRows() {
        var targets = IntStream.rangeClosed(1, 6).mapToObj(i -> "t" + i).toList();
        var rows = AnnouncementMessage.render(EVENT, targets, NOW).rows();
        assertEquals(List.of(List.of("Deploy to t1", "Deploy to t2", "Deploy to t3", "Deploy to t4", "Deploy to t5"),
                List.of("Deploy to t6", "Dismiss")),
                rows.stream().map(ActionRow::getButtons).map(bs -> bs.stream().map(b -> b.getLabel()).toList())
                        .toList());
    }

    @Test
    void dismissedHasNoButtons() {
        assertEquals("""
                title: New version 1.34 of com.auxbrain.egginc
                color: #95A5A6
                description:
                Dismissed by <@123456789012345678>.
                field: Version | 1.34 | inline
                field: Build | 111 | inline
                field: Platform | android | inline
                field: Detected | 2026-06-10 00:00 UTC (5 min ago) | inline""",
                Shown.of(AnnouncementMessage.dismissed(EVENT, "123456789012345678", NOW)));
    }

    @Test
    void deployingLinksToTheStatusMessageInsteadOfActiveButtons() {
        var url = "https://discord.com/channels/1/2/3";
        assertEquals("""
                title: New version 1.34 of com.auxbrain.egginc
                color: #3498DB
                description:
                Deploying to ledger.
                field: Version | 1.34 | inline
                field: Build | 111 | inline
                field: Platform | android | inline
                field: Detected | 2026-06-10 00:00 UTC (5 min ago) | inline
                row:
                  LINK "Deployment status" https://discord.com/channels/1/2/3""",
                Shown.of(AnnouncementMessage.deploying(EVENT, "ledger", url, NOW)));
    }

    @Test
    void aDetectedAtThatIsNotATimeIsShownAsGiven() {
        var odd = new NewVersionEvent("p", "2", "", "", "yesterday-ish");
        assertEquals("yesterday-ish", AnnouncementMessage.render(odd, List.of(), NOW).embed().getFields().get(1)
                .getValue());
        assertEquals("No target deploys this package.",
                AnnouncementMessage.render(odd, List.of(), NOW).embed().getDescription());
    }
}
