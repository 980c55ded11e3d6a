package dev.synckit.embeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

/**
 * Every renderer, fed hostile random inputs, produces only messages Discord accepts, with no secret in them. The
 * limits are counted here independently of the code under test, the way Discord counts them.
 */
class LimitsPropertyTest {

    private static final int RUNS = 100;

    @Test
    void everyRendererStaysWithinEveryLimit() {
        for (long seed = 1; seed <= RUNS; seed++) {
            var in = new RandomInputs(seed);
            var secrets = Set.of(RandomInputs.SECRET);
            check(seed, StatusMessage.render(in.deployment(), in.repo(), secrets, in.now), true);
            check(seed, HistoryMessage.render(in.deployments(), in.now), false);
            check(seed, AnnouncementMessage.render(in.event(), in.targets(), in.now), false);
            check(seed, AnnouncementMessage.dismissed(in.event(), in.any(), in.now), false);
            check(seed, VerifyMessage.render(in.verify(), in.any(), in.repo()), false);
        }
    }

    /** @param givenSecrets whether the renderer was given the secret to mask (only the status message shows output) */
    private static void check(long seed, RenderedMessage message, boolean givenSecrets) {
        var embed = message.embed();
        var where = "seed " + seed + ": ";
        int total = length(embed.getTitle()) + length(embed.getDescription())
                + (embed.getFooter() == null ? 0 : length(embed.getFooter().getText()))
                + (embed.getAuthor() == null ? 0 : length(embed.getAuthor().getName()));
        assertTrue(length(embed.getTitle()) <= 256, where + "title");
        assertTrue(length(embed.getDescription()) <= 4096, where + "description");
        assertTrue(embed.getFooter() == null || length(embed.getFooter().getText()) <= 2048, where + "footer");
        assertTrue(embed.getFields().size() <= 25, where + "fields");
        for (MessageEmbed.Field f : embed.getFields()) {
            assertTrue(length(f.getName()) <= 256 && !f.getName().isBlank(), where + "field name " + f.getName());
            assertTrue(length(f.getValue()) <= 1024 && !f.getValue().isBlank(), where + "field value");
            total += length(f.getName()) + length(f.getValue());
        }
        assertTrue(total <= 6000, where + "total " + total);
        assertTrue(embed.isSendable(), where + "JDA agrees");
        if (embed.getDescription() != null) {
            int fences = embed.getDescription().split("```", -1).length - 1;
            assertEquals(0, fences % 2, where + "code fences come in pairs: " + embed.getDescription());
        }
        assertTrue(message.rows().size() <= 5, where + "rows");
        for (var row : message.rows()) {
            assertTrue(row.getButtons().size() <= 5, where + "buttons per row");
            for (var b : row.getButtons()) {
                assertTrue(length(b.getLabel()) <= 80 && !b.getLabel().isBlank(), where + "label");
                if (b.getId() != null) {
                    assertTrue(b.getId().length() <= 100, where + "custom id");
                    assertTrue(ButtonAction.parse(b.getId()).isPresent(), where + "id parses back: " + b.getId());
                }
            }
        }
        var json = message.toCreateData().toData().toString() + message.toEditData().toData();
        assertFalse(givenSecrets && json.contains(RandomInputs.SECRET), where + "secret leaked");
        int leak = json.indexOf(RandomInputs.URL_PASSWORD);
        assertEquals(-1, leak, where + "URL password leaked: " + json.substring(Math.max(0, leak - 80),
                Math.min(json.length(), leak + 40)));
        assertFalse(FitTest.brokenPair(json), where + "split surrogate pair");
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
