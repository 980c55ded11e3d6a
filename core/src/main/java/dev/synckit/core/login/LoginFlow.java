package dev.synckit.core.login;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth2 authorization code with PKCE, as a browser goes through it: {@link #begin} makes a single-use attempt and
 * names Discord's page; {@link #complete} takes the attempt back by its state, has Discord prove the user, and
 * opens a session. A state is good once and for {@link #ATTEMPT_LIFETIME} only.
 */
public final class LoginFlow {

    public static final Duration ATTEMPT_LIFETIME = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(LoginFlow.class);
    private static final int STATE_BYTES = 32;
    /** 32 bytes give a 43-character verifier, the shortest RFC 7636 allows, with 256 bits of entropy. */
    private static final int VERIFIER_BYTES = 32;

    private final DiscordOAuth discord;
    private final LoginAttemptStore attempts;
    private final Sessions sessions;
    private final Set<String> maintainerRoleIds;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public LoginFlow(DiscordOAuth discord, LoginAttemptStore attempts, Sessions sessions,
            Set<String> maintainerRoleIds, Clock clock) {
        this.discord = Objects.requireNonNull(discord, "discord");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.maintainerRoleIds = Set.copyOf(maintainerRoleIds);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Starts a login that returns to {@code requestedReturn}; answers Discord's authorization URL, or empty when the
     * return path is not a local path (an open redirect refused).
     */
    public Optional<URI> begin(String requestedReturn) {
        return ReturnPath.of(requestedReturn).map(returnPath -> {
            var now = clock.instant();
            attempts.forgetExpired(now);
            var attempt = new LoginAttempt(RandomText.base64url(random, STATE_BYTES),
                    RandomText.base64url(random, VERIFIER_BYTES), returnPath, now.plus(ATTEMPT_LIFETIME));
            attempts.save(attempt);
            return discord.authorizeUrl(attempt.state(), RandomText.s256Challenge(attempt.codeVerifier()));
        });
    }

    /** Discord sent the browser back with a code for the attempt of {@code state}. */
    public LoginResult complete(String state, String code) {
        var taken = take(state);
        if (taken instanceof Taken.Refused(var refusal)) {
            return new LoginResult.Refused(refusal);
        }
        var attempt = ((Taken.Found) taken).attempt();
        if (code == null || code.isEmpty()) {
            return new LoginResult.Refused(LoginResult.Refusal.CODE_REJECTED);
        }
        try {
            var identity = discord.identify(code, attempt.codeVerifier());
            var maintainer = identity.membership().map(m -> m.maintainer(maintainerRoleIds)).orElse(false);
            var user = new DiscordUser(identity.id(), identity.username(), identity.avatar(), maintainer);
            LOG.info("login: {} ({}) signed in{}", user.username(), user.id(), maintainer ? " as a maintainer" : "");
            return new LoginResult.SignedIn(sessions.open(user), attempt.returnPath());
        } catch (DiscordOAuthException e) {
            LOG.warn("login: {}", e.getMessage());
            return new LoginResult.Refused(e.rejected() ? LoginResult.Refusal.CODE_REJECTED
                    : LoginResult.Refusal.DISCORD_UNAVAILABLE);
        }
    }

    /** Discord sent the browser back with an error (the person cancelled): the attempt is used up all the same. */
    public LoginResult.Refused deny(String state) {
        var taken = take(state);
        return new LoginResult.Refused(taken instanceof Taken.Refused(var refusal) ? refusal
                : LoginResult.Refusal.DENIED_AT_DISCORD);
    }

    private Taken take(String state) {
        if (state == null || state.isEmpty()) {
            return new Taken.Refused(LoginResult.Refusal.UNKNOWN_STATE);
        }
        var attempt = attempts.take(state);
        if (attempt.isEmpty()) {
            return new Taken.Refused(LoginResult.Refusal.UNKNOWN_STATE);
        }
        if (!clock.instant().isBefore(attempt.get().expiresAt())) {
            return new Taken.Refused(LoginResult.Refusal.EXPIRED_STATE);
        }
        return new Taken.Found(attempt.get());
    }

    private sealed interface Taken {
        record Found(LoginAttempt attempt) implements Taken {
        }

        record Refused(LoginResult.Refusal refusal) implements Taken {
        }
    }
}
