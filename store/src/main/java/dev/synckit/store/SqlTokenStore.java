package dev.synckit.store;

import dev.synckit.core.token.ApiToken;
import dev.synckit.core.token.TokenAction;
import dev.synckit.core.token.TokenScope;
import dev.synckit.core.token.TokenStore;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Scoped API tokens in table {@code api_token}. Targets and actions are comma-separated names ({@code *} for every
 * target): names never hold a comma, and a token's scope is read whole, never queried into.
 */
final class SqlTokenStore implements TokenStore {

    private static final String COLUMNS = "id, name, token_hash, targets, actions, created_by, created_at,"
            + " last_used_at, revoked_at";

    private final Database database;

    SqlTokenStore(Database database) {
        this.database = database;
    }

    @Override
    public boolean insert(ApiToken token, String hash) {
        try {
            database.write("storing API token " + token.name(),
                    "INSERT INTO api_token (id, name, active_name, token_hash, targets, actions, created_by,"
                            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    token.id(), token.name(), token.name(), hash,
                    String.join(",", token.scope().targetNames()), String.join(",", token.scope().actionNames()),
                    token.createdBy(), UtcMillis.of(token.createdAt()));
            return true;
        } catch (DuplicateRowException e) {
            return false;
        }
    }

    @Override
    public Optional<HashedToken> find(String id) {
        return database.one("reading API token " + id, "SELECT " + COLUMNS + " FROM api_token WHERE id = ?", id)
                .map(row -> new HashedToken(toToken(row), row.text("token_hash")));
    }

    @Override
    public List<ApiToken> all() {
        return database.many("reading the API tokens",
                "SELECT " + COLUMNS + " FROM api_token ORDER BY created_at DESC, id").stream()
                .map(SqlTokenStore::toToken).toList();
    }

    @Override
    public boolean revoke(String id, Instant at) {
        return database.write("revoking API token " + id,
                "UPDATE api_token SET revoked_at = ?, active_name = NULL WHERE id = ? AND revoked_at IS NULL",
                UtcMillis.of(at), id) == 1;
    }

    @Override
    public void used(String id, Instant at, Instant notBefore) {
        database.write("recording a use of API token " + id,
                "UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at <= ?)",
                UtcMillis.of(at), id, UtcMillis.of(notBefore));
    }

    private static ApiToken toToken(ResultRow row) {
        var targets = names(row.text("targets"));
        var actions = EnumSet.noneOf(TokenAction.class);
        names(row.text("actions")).forEach(name -> actions.add(TokenAction.fromWire(name).orElseThrow(
                () -> new IllegalStateException("store: unknown token action " + name))));
        var all = targets.contains(TokenScope.ALL);
        return new ApiToken(row.text("id"), row.text("name"), new TokenScope(all, all ? Set.of() : targets, actions),
                row.text("created_by"), row.instant("created_at"), row.optionalInstant("last_used_at"),
                row.optionalInstant("revoked_at"));
    }

    private static Set<String> names(String commaSeparated) {
        return Set.copyOf(Arrays.stream(commaSeparated.split(",")).filter(name -> !name.isEmpty()).toList());
    }
}
