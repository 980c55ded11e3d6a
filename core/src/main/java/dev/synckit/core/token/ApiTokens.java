package dev.synckit.core.token;

import dev.synckit.core.audit.AuditEntry;
import dev.synckit.core.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Creates, lists, revokes and checks scoped API tokens. A token reads {@code sk_<id>_<secret>}: the id (12 hex
 * digits) finds its row, the secret is 32 random bytes. Only the SHA-256 of the whole token is stored: the secret
 * has 256 bits of entropy, so nobody can guess it from the hash and a slow password hash would only cost time on
 * every request. Every check reads the row, so a revoked token is refused at once by every replica; the time of
 * last use is written at most once per {@link #USE_RESOLUTION} per token, not once per request.
 */
public final class ApiTokens {

    /** How precisely the last use is kept: the row is written at most this often per token. */
    public static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private static final String PREFIX = "sk_";
    private static final int ID_BYTES = 6;
    private static final int SECRET_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("sk_([0-9a-f]{12})_[A-Za-z0-9_-]{43}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private final TokenStore store;
    private final AuditLog audit;
    private final Set<String> knownTargets;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** @param knownTargets the configured targets; a token may only name these (or {@code *}) */
    public ApiTokens(TokenStore store, AuditLog audit, Set<String> knownTargets, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.knownTargets = Set.copyOf(knownTargets);
        this.clock = clock;
    }

    /**
     * Creates a token; the answer holds the token itself, which is shown this once and never again.
     *
     * @throws TokenRefusedException for a bad or taken name, or an unknown target
     */
    public CreatedToken create(String name, TokenScope scope, String actor) throws TokenRefusedException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new TokenRefusedException("a token's name is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        for (var target : scope.targets()) {
            if (!knownTargets.contains(target)) {
                throw new TokenRefusedException("there is no target named " + target);
            }
        }
        var id = HexFormat.of().formatHex(randomBytes(ID_BYTES));
        var plain = PREFIX + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(SECRET_BYTES));
        var token = new ApiToken(id, name, scope, actor, clock.instant(), Optional.empty(), Optional.empty());
        if (!store.insert(token, HexFormat.of().formatHex(sha256(plain)))) {
            throw new TokenRefusedException("a token named " + name + " exists already; revoke it first");
        }
        audit.append(new AuditEntry(token.createdAt(), actor, "token.created", "", describe(token)));
        return new CreatedToken(token, plain);
    }

    /** Every token, revoked ones included, newest first. */
    public List<ApiToken> list() {
        return store.all();
    }

    /**
     * Revokes the token that is not yet revoked and has this name, or else the one with this id; from now on it is
     * refused everywhere. Revoking a revoked token changes nothing and answers it.
     *
     * @return the token as it is now; empty when no token has this name or id
     */
    public Optional<ApiToken> revoke(String nameOrId, String actor) {
        var all = store.all();
        var found = all.stream().filter(token -> !token.revoked() && token.name().equals(nameOrId)).findFirst()
                .or(() -> all.stream().filter(token -> token.id().equals(nameOrId)).findFirst());
        if (found.isEmpty() || found.get().revoked()) {
            return found;
        }
        var now = clock.instant();
        if (store.revoke(found.get().id(), now)) {
            audit.append(new AuditEntry(now, actor, "token.revoked", "", describe(found.get())));
        }
        return store.find(found.get().id()).map(TokenStore.HashedToken::token);
    }

    /**
     * The token {@code presented} is, when it is one and not revoked. The hash comparison is constant-time; the
     * id it is looked up by is not secret.
     */
    public Optional<ApiToken> check(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        var parts = TOKEN.matcher(presented);
        if (!parts.matches()) {
            return Optional.empty();
        }
        var stored = store.find(parts.group(1));
        if (stored.isEmpty() || stored.get().token().revoked()) {
            return Optional.empty();
        }
        var expected = HexFormat.of().parseHex(stored.get().hash());
        if (!MessageDigest.isEqual(expected, sha256(presented))) {
            return Optional.empty();
        }
        var token = stored.get().token();
        var now = clock.instant();
        var lastUse = token.lastUsedAt();
        if (lastUse.isEmpty() || !lastUse.get().plus(USE_RESOLUTION).isAfter(now)) {
            store.used(token.id(), now, now.minus(USE_RESOLUTION));
            lastUse = Optional.of(now);
        }
        return Optional.of(new ApiToken(token.id(), token.name(), token.scope(), token.createdBy(),
                token.createdAt(), lastUse, token.revokedAt()));
    }

    private byte[] randomBytes(int count) {
        var bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String describe(ApiToken token) {
        return token.name() + " (" + token.id() + "): targets " + String.join(",", token.scope().targetNames())
                + ", actions " + String.join(",", token.scope().actionNames());
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * A token just created.
     *
     * @param plain the token itself: give it to the person who asked, once; never log it
     */
    public record CreatedToken(ApiToken token, String plain) {

        @Override
        public String toString() {
            return "CreatedToken[" + token + ", plain=****]";
        }
    }
}
