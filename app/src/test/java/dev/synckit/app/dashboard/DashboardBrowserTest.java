package dev.synckit.app.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.app.RunningSyncKit;
import dev.synckit.app.SyncKit;
import dev.synckit.app.playground.PlaygroundMode;
import dev.synckit.config.AppProfile;
import dev.synckit.core.deployment.DeployRequest;
import dev.synckit.testkit.browser.HeadlessChromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Log in with Discord, follow a deployment live and read its whole log — in a real headless Chromium, against the
 * playground (the emulator's OAuth2 approves the page's maintainer). Leaves {@code target/dashboard.png} behind.
 */
class DashboardBrowserTest {

    private static final Duration SHORT = Duration.ofSeconds(20);
    private static final Duration DEPLOY = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @TempDir
    Path browserProfile;

    @Test
    void aMaintainerLogsInFollowsADeploymentLiveAndReadsItsLog() throws Exception {
        try (var browser = HeadlessChromium.start(browserProfile); var service = playground()) {
            var page = browser.driver();
            page.get("http://127.0.0.1:" + service.port() + "/dashboard");
            var who = browser.await(SHORT).until(d -> blankToNull(d.findElement(By.id("who")).getText()));
            assertEquals("you", who, "logged in through Discord's authorization page as the maintainer");
            assertEquals("http://127.0.0.1:" + service.port() + "/dashboard", page.getCurrentUrl());
            browser.await(SHORT).until(d -> d.findElements(By.cssSelector("#targets [data-target='default']")).size());
            page.executeScript("window.sameDocument = true");

            var id = service.deployments().request(new DeployRequest("default", Optional.empty(), "tester",
                    "from the dashboard test", false)).id().value();
            browser.await(SHORT).until(d -> {
                d.findElement(By.cssSelector("#deployments tr[data-id='" + id + "']")).click();
                return true;
            });
            var progressing = browser.await(DEPLOY).until(d -> {
                var status = d.findElement(By.id("detail-status")).getAttribute("data-status");
                var done = d.findElements(By.cssSelector("#detail-steps li .status.succeeded")).size();
                return status.equals("running") && done >= 1 ? done : null;
            });
            assertTrue(progressing < 4, "seen mid-way: " + progressing + " of 4 steps done");
            browser.await(DEPLOY).until(d -> "succeeded".equals(
                    d.findElement(By.id("detail-status")).getAttribute("data-status")));
            assertEquals(4, page.findElements(By.cssSelector("#detail-steps li .status.succeeded")).size());
            assertEquals(Boolean.TRUE, page.executeScript("return window.sameDocument === true"),
                    "the page followed the deployment without a reload");

            page.findElement(By.id("show-log")).click();
            var log = browser.await(SHORT).until(d -> {
                var text = d.findElement(By.id("log")).getText();
                return text.contains("started version") ? text : null;
            });
            for (var line : new String[] {"compiling...", "built", "running 12 tests", "12 passed",
                    "stopping the demo server"}) {
                assertTrue(log.contains(line), "the full log has every step's output, " + line + ": " + log);
            }
            browser.await(SHORT).until(d -> d.findElement(By.cssSelector("#targets [data-target='default']"))
                    .getText().contains("up since"));
            browser.await(SHORT).until(d -> d.findElement(By.id("audit")).getText().contains("deploy.requested"));
            assertEquals(1, page.findElements(By.cssSelector("#chart circle.succeeded")).size());

            var token = createToken(browser);
            assertEquals(200, readDeployments(service, token), "the token shown once works");
            browser.screenshot(Path.of("target", "dashboard.png"));
            page.findElement(By.cssSelector("#tokens tr[data-token='ci-web'] button")).click();
            page.switchTo().alert().accept();
            browser.await(SHORT).until(d -> d.findElement(By.cssSelector("#tokens tr[data-token='ci-web']"))
                    .getText().contains("revoked"));
            assertEquals(401, readDeployments(service, token), "a revoked token is refused at once");
        }
    }

    /** Creates a token for reading {@code default} on the page, and reads it off the page, where it shows once. */
    private static String createToken(HeadlessChromium browser) {
        var page = browser.driver();
        page.findElement(By.name("name")).sendKeys("ci-web");
        page.findElement(By.name("targets")).sendKeys("default");
        page.findElement(By.cssSelector("#token-form button[type='submit']")).click();
        var token = browser.await(SHORT).until(d -> blankToNull(d.findElement(By.cssSelector("#new-token code"))
                .getText()));
        assertTrue(token.startsWith("sk_"), token);
        browser.await(SHORT).until(d -> d.findElement(By.cssSelector("#tokens tr[data-token='ci-web']")).getText()
                .contains("read"));
        return token;
    }

    private static int readDeployments(RunningSyncKit service, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port()
                + "/api/v1/deployments?target=default")).header("Authorization", "Bearer " + token).build();
        try (var http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private RunningSyncKit playground() {
        return SyncKit.run(AppProfile.builder().dataDir(dataDir).httpPort(0).extension(new PlaygroundMode()).build());
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
