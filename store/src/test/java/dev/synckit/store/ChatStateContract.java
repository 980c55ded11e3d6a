package dev.synckit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.core.chat.PostedMessage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every ChatState must do, run against each backend. */
abstract class ChatStateContract extends StoreFixture {

    @Test
    void aPostedMessageIsRememberedOnceAndFoundByKindAndKey() {
        var status = new PostedMessage("status", "d-1", "100", "200", T0);
        assertTrue(store.chat().rememberMessage(status));
        assertFalse(store.chat().rememberMessage(new PostedMessage("status", "d-1", "100", "999", at(5))));

        assertEquals(Optional.of(new PostedMessage("status", "d-1", "100", "200", millis(T0))),
                store.chat().message("status", "d-1"));
        assertEquals(Optional.empty(), store.chat().message("announcement", "d-1"));
    }

    @Test
    void aDeletedMessageIsReplacedOnceEvenWhenTwoReplaceIt() {
        var first = new PostedMessage("board", "100", "100", "200", T0);
        store.chat().rememberMessage(first);

        assertTrue(store.chat().replaceMessage(first, new PostedMessage("board", "100", "100", "300", at(1))));
        assertFalse(store.chat().replaceMessage(first, new PostedMessage("board", "100", "100", "400", at(2))),
                "the other replica replaced it first");
        assertEquals(Optional.of("300"), store.chat().message("board", "100").map(PostedMessage::messageId));
    }

    @Test
    void sixteenConcurrentClaimsOfOneKeyHaveOneWinner() throws Exception {
        var results = Race.run(16, index -> store.chat().claimOnce("deploy:web:com.example@1.2", T0));
        assertEquals(1, results.stream().filter(Boolean::booleanValue).count());
        assertTrue(store.chat().claimOnce("deploy:api:com.example@1.2", T0), "another key is free");

        store.chat().releaseClaim("deploy:web:com.example@1.2");
        assertTrue(store.chat().claimOnce("deploy:web:com.example@1.2", at(1)), "a released claim can be taken again");
    }

    @Test
    void aSettingIsStoredAndReplaced() {
        assertEquals(Optional.empty(), store.chat().setting("commands.fingerprint"));
        store.chat().putSetting("commands.fingerprint", "abc");
        store.chat().putSetting("commands.fingerprint", "def");
        assertEquals(Optional.of("def"), store.chat().setting("commands.fingerprint"));
    }
}
