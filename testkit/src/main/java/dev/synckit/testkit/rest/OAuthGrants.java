package dev.synckit.testkit.rest;

import dev.synckit.testkit.guild.Member;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The emulated authorization server's memory: who approves the next login, the codes it handed out (single use,
 * ten minutes) and the access tokens they became.
 */
public final class OAuthGrants {

    /** How long a code may wait for its exchange. */
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    /** Discord's access tokens last a week. */
    static final Duration TOKEN_LIFETIME = Duration.ofDays(7);

    private final String clientSecret;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AtomicReference<Optional<Member>> approver;
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    public OAuthGrants(Member firstApprover, Clock clock) {
        this.clientSecret = secret();
        this.clock = clock;
        this.approver = new AtomicReference<>(Optional.of(firstApprover));
    }

    /** A code granted to a member for one redirect URI, bound to a PKCE challenge when one was sent. */
    record Code(Member member, String redirectUri, List<String> scopes, Optional<String> challenge,
                Instant expiresAt) {
    }

    record Token(Member member, List<String> scopes, Instant expiresAt) {
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** Logins from now on are approved by this person (a member of the guild or not). */
    public void approveAs(Member member) {
        approver.set(Optional.of(member));
    }

    /** Logins from now on are cancelled by the person, as with "Cancel" on Discord's page. */
    public void denyAll() {
        approver.set(Optional.empty());
    }

    Optional<Member> approver() {
        return approver.get();
    }

    String grant(Member member, String redirectUri, List<String> scopes, Optional<String> challenge) {
        String code = secret();
        codes.put(code, new Code(member, redirectUri, scopes, challenge, clock.instant().plus(CODE_LIFETIME)));
        return code;
    }

    /** The code, once: a second exchange of the same code finds nothing, as on Discord. */
    Optional<Code> redeem(String code) {
        return Optional.ofNullable(code).map(codes::remove).filter(c -> clock.instant().isBefore(c.expiresAt()));
    }

    String issue(Member member, List<String> scopes) {
        String token = secret();
        tokens.put(token, new Token(member, scopes, clock.instant().plus(TOKEN_LIFETIME)));
        return token;
    }

    Optional<Token> token(String accessToken) {
        return Optional.ofNullable(tokens.get(accessToken)).filter(t -> clock.instant().isBefore(t.expiresAt()));
    }

    private String secret() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
