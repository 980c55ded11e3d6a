package dev.synckit.core.store;

import java.time.Duration;

/** Whether the store answers a trivial query now. */
public interface StoreHealth {

    /** Runs a trivial round trip; throws {@link StoreUnavailableException} when it fails or exceeds the timeout. */
    void check(Duration timeout);
}
