package dev.synckit.core.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.synckit.core.testing.InMemoryLoginStore;
import dev.synckit.core.testing.MovableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The login's rules with Discord's side as a mock: single-use expiring states, PKCE, the maintainer decision. */
class LoginFlowTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-01T10:00:00Z"));
    private final InMemoryLoginStore store = new InMemoryLoginStore();
    private final DiscordOAuth discord = mock(DiscordOAuth.class);
    private final Sessions sessions = new Sessions(store, Duration.ofHours(1), Duration.ofHours(8), clock);
    private final LoginFlow flow = new LoginFlow(discord, store, sessions, Set.of("77"), clock);

    private String begin(String returnPath) {
        var state = ArgumentCaptor.forClass(String.class);
        var challenge = ArgumentCaptor.forClass(String.class);
        when(discord.authorizeUrl(state.capture(), challenge.capture())).thenReturn(URI.create("https://d/auth"));
        assertEquals(Optional.of(URI.create("https://d/auth")), flow.begin(returnPath));
        return state.getValue();
    }

    private static DiscordIdentity member(Set<String> roles, long permissions) {
        return new DiscordIdentity("42", "alice", Optional.of("av"),
                Optional.of(new GuildMembership(roles, permissions, false)));
    }

    @Test
    void aGoodLoginOpensASessionAndReturnsWhereAsked() {
        var state = begin("/dashboard?tab=1");
        var verifier = ArgumentCaptor.forClass(String.class);
        when(discord.identify(eq("code-1"), verifier.capture()))
                .thenReturn(member(Set.of("77"), 0));

        var signedIn = assertInstanceOf(LoginResult.SignedIn.class, flow.complete(state, "code-1"));

        assertEquals("/dashboard?tab=1", signedIn.returnPath());
        assertEquals(new DiscordUser("42", "alice", Optional.of("av"), true), signedIn.opened().session().user());
        assertEquals(43, verifier.getValue().length());
        assertEquals(List.of(signedIn.opened().token().hash()), store.tokenHashes());
        assertEquals(Optional.of(signedIn.opened().session()),
                sessions.authenticate(signedIn.opened().token().reveal()));
    }

    @Test
    void theChallengeSentIsTheS256OfTheVerifierProvedLater() {
        var challenge = ArgumentCaptor.forClass(String.class);
        var state = ArgumentCaptor.forClass(String.class);
        when(discord.authorizeUrl(state.capture(), challenge.capture())).thenReturn(URI.create("https://d/auth"));
        flow.begin("/");
        var verifier = ArgumentCaptor.forClass(String.class);
        when(discord.identify(anyString(), verifier.capture())).thenReturn(member(Set.of(), 0));

        flow.complete(state.getValue(), "code");

        assertEquals(RandomText.s256Challenge(verifier.getValue()), challenge.getValue());
        // RFC 7636, appendix B
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                RandomText.s256Challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    @Test
    void aStateIsGoodOnce() {
        var state = begin("/");
        when(discord.identify(anyString(), anyString())).thenReturn(member(Set.of(), 0));
        flow.complete(state, "code");

        assertEquals(new LoginResult.Refused(LoginResult.Refusal.UNKNOWN_STATE), flow.complete(state, "code"));
        assertEquals(new LoginResult.Refused(LoginResult.Refusal.UNKNOWN_STATE), flow.complete("made-up", "code"));
    }

    @Test
    void aStateExpiresAfterTenMinutes() {
        var state = begin("/");
        clock.advance(Duration.ofMinutes(10));

        assertEquals(new LoginResult.Refused(LoginResult.Refusal.EXPIRED_STATE), flow.complete(state, "code"));
        verify(discord, never()).identify(anyString(), anyString());
    }

    @Test
    void foreignAndSchemeRelativeReturnPathsAreRefused() {
        for (var path : List.of("https://evil.example/", "//evil.example", "/\\evil.example", "evil", "/a b",
                "/\t/evil.example")) {
            assertEquals(Optional.empty(), flow.begin(path), path);
        }
        assertEquals(Optional.of("/"), ReturnPath.of(null));
        assertEquals(Optional.of("/deployments/7?x=%2F%2F"), ReturnPath.of("/deployments/7?x=%2F%2F"));
    }

    @Test
    void maintainersAreAdministratorsServerManagersAndMaintainerRoles() {
        assertTrue(new GuildMembership(Set.of(), GuildMembership.ADMINISTRATOR, false).maintainer(Set.of()));
        assertTrue(new GuildMembership(Set.of(), GuildMembership.MANAGE_GUILD, false).maintainer(Set.of()));
        assertTrue(new GuildMembership(Set.of(), 0, true).maintainer(Set.of()));
        assertTrue(new GuildMembership(Set.of("1", "77"), 0, false).maintainer(Set.of("77")));
        assertEquals(false, new GuildMembership(Set.of("1"), 1L << 11, false).maintainer(Set.of("77")));
    }

    @Test
    void aUserOutsideTheGuildSignsInAsNoMaintainer() {
        var state = begin("/");
        when(discord.identify(anyString(), anyString()))
                .thenReturn(new DiscordIdentity("9", "bob", Optional.empty(), Optional.empty()));

        var signedIn = assertInstanceOf(LoginResult.SignedIn.class, flow.complete(state, "code"));

        assertEquals(false, signedIn.opened().session().user().maintainer());
    }

    @Test
    void discordsRefusalAndSilenceAreToldApart() {
        var first = begin("/");
        var second = begin("/");
        when(discord.identify(eq("bad"), anyString()))
                .thenThrow(DiscordOAuthException.rejected("invalid_grant"));
        when(discord.identify(eq("late"), anyString()))
                .thenThrow(DiscordOAuthException.unavailable("timed out", null));

        assertEquals(new LoginResult.Refused(LoginResult.Refusal.CODE_REJECTED), flow.complete(first, "bad"));
        assertEquals(new LoginResult.Refused(LoginResult.Refusal.DISCORD_UNAVAILABLE), flow.complete(second, "late"));
    }

    @Test
    void aDenialAtDiscordUsesTheStateUp() {
        var state = begin("/");

        assertEquals(new LoginResult.Refused(LoginResult.Refusal.DENIED_AT_DISCORD), flow.deny(state));
        assertEquals(new LoginResult.Refused(LoginResult.Refusal.UNKNOWN_STATE), flow.complete(state, "code"));
    }
}
