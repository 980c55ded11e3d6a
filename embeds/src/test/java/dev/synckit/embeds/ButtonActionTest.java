package dev.synckit.embeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.contract.NewVersionEvent;
import dev.synckit.core.deployment.DeploymentId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ButtonActionTest {

    private static final DeploymentId ID = Deployments.ID;
    private static final String LONGEST_TARGET = "t".repeat(64);

    @Test
    void everyActionHasItsReadableIdAndParsesBack() {
        var ref = EventRef.ofKey("com.auxbrain.egginc@1.34");
        var expected = List.of(
                "sk1:deploy:ledger:com.auxbrain.egginc@1.34",
                "sk1:dismiss:com.auxbrain.egginc@1.34",
                "sk1:rollback:ledger",
                "sk1:cancel:" + ID,
                "sk1:confirm:" + ID,
                "sk1:retry:" + ID,
                "sk1:logs:" + ID);
        List<ButtonAction> actions = List.of(new ButtonAction.Deploy("ledger", ref), new ButtonAction.Dismiss(ref),
                new ButtonAction.Rollback("ledger"), new ButtonAction.Cancel(ID), new ButtonAction.Confirm(ID),
                new ButtonAction.Retry(ID), new ButtonAction.Logs(ID));
        assertEquals(expected, actions.stream().map(ButtonAction::format).toList());
        for (var action : actions) {
            assertEquals(Optional.of(action), ButtonAction.parse(action.format()));
        }
    }

    @Test
    void aLongEventKeyIsHashedStablyAndTheIdStaysWithin100() {
        var event = new NewVersionEvent("com.example.a.very.long.package.name", "2026.06.10-beta+build.77", "", "",
                "");
        var key = EventRef.keyOf(event);
        var ref = EventRef.of(event);
        assertTrue(ref.hashed());
        assertEquals("#", ref.value().substring(0, 1));
        assertEquals(17, ref.value().length());
        assertEquals(ref, EventRef.ofKey(key), "stable");
        assertTrue(ref.refersTo(key));
        assertFalse(ref.refersTo(key + "x"));
        var id = new ButtonAction.Deploy(LONGEST_TARGET, ref).format();
        assertEquals(11 + 64 + 1 + 17, id.length());
        assertEquals(Optional.of(new ButtonAction.Deploy(LONGEST_TARGET, ref)), ButtonAction.parse(id));
    }

    @Test
    void theLongestVerbatimKeyWithTheLongestTargetIsExactly100() {
        var ref = EventRef.ofKey("k".repeat(24));
        assertFalse(ref.hashed());
        assertEquals(100, new ButtonAction.Deploy(LONGEST_TARGET, ref).format().length());
        assertTrue(EventRef.ofKey("k".repeat(25)).hashed());
        assertTrue(EventRef.ofKey("café@1").hashed(), "non-ASCII is hashed");
        assertTrue(EventRef.ofKey("#looks-hashed").hashed(), "a key cannot pass for a hash");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sk1:", "sk1:deploy", "sk1:deploy:ledger", "sk1:deploy::k@1",
            "sk1:cancel:not-a-uuid", "sk1:cancel:0B7E6C1A-2F3D-4E5F-8A9B-0C1D2E3F4A5B", "sk1:explode:ledger",
            "sk1:rollback:", "sk1:rollback:led ger", "sk1:dismiss:#abc", "sk2:rollback:ledger",
            "jdac.independent.123", "sk1:logs:0b7e6c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b:extra"})
    void unknownOrGarbledIdsParseToEmpty(String id) {
        assertEquals(Optional.empty(), ButtonAction.parse(id));
    }

    @Test
    void nullAndOverlongIdsParseToEmpty() {
        assertEquals(Optional.empty(), ButtonAction.parse(null));
        assertEquals(Optional.empty(), ButtonAction.parse("sk1:rollback:" + "x".repeat(100)));
    }
}
