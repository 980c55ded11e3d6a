package dev.synckit.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.synckit.contract.VerifyInfo;
import dev.synckit.core.event.NewVersionIntake;
import dev.synckit.core.login.Sessions;
import dev.synckit.core.testing.InMemoryEventStore;
import dev.synckit.core.testing.InMemoryLoginStore;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Without a client secret nobody can log in, yet the routes answer and guarded routes stay closed. */
class LoginOffTest {

    private static HttpSurface surface() {
        return HttpSurface.of("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                new VerifyInfo("synckit", "ab", "v1", "d"), timeout -> { },
                new NewVersionIntake(new InMemoryEventStore(), List.of(), Clock.systemUTC()), token -> false);
    }

    @Test
    void loginAnswers404AndGuardedRoutes401() throws Exception {
        var sessions = new Sessions(new InMemoryLoginStore(), Duration.ofHours(1), Duration.ofHours(2),
                Clock.systemUTC());
        try (var server = surface().withLogin(Optional.empty(), sessions, () -> URI.create("https://ops.example"))
                .with(AuthenticatedRoutes.signedIn("/app", r -> r.get("/x", (req, res) -> res.send("x"))))
                .start()) {
            var browser = new Browser(URI.create("http://127.0.0.1:" + server.port()));

            var login = browser.get("/auth/login");
            assertEquals(404, login.statusCode());
            assertEquals("{\"error\":\"login with Discord is off: no client secret is configured\"}", login.body());
            assertEquals(404, browser.get("/auth/callback?state=s&code=c").statusCode());
            assertEquals(401, browser.get("/auth/me").statusCode());
            assertEquals(401, browser.get("/app/x").statusCode());
            // on an https public URL the cookie is the __Host- one, Secure
            assertEquals("__Host-synckit_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax; Secure",
                    browser.post("/auth/logout", "Origin", "https://ops.example").headers()
                            .firstValue("Set-Cookie").orElseThrow());
        }
    }

    @Test
    void guardedRoutesNeedTheLoginWired() {
        var error = assertThrows(IllegalStateException.class,
                () -> surface().with(AuthenticatedRoutes.maintainers("/admin", r -> { })));

        assertEquals("AuthenticatedRoutes /admin need the login: call withLogin first", error.getMessage());
    }
}
