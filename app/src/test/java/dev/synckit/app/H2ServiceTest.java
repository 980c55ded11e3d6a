package dev.synckit.app;

import dev.synckit.store.testing.H2TestDatabase;
import dev.synckit.store.testing.TestDatabase;

/** The service on its embedded default: an H2 file in the data directory. */
class H2ServiceTest extends ServiceContract {

    @Override
    TestDatabase database() {
        return new H2TestDatabase(dataDir);
    }
}
