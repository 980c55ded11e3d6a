package dev.synckit.app.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.app.RunningSyncKit;
import dev.synckit.app.SyncKit;
import dev.synckit.app.playground.PlaygroundMode;
import dev.synckit.config.AppProfile;
import dev.synckit.core.deployment.DeployRequest;
import dev.synckit.core.deployment.Deployment;
import dev.synckit.core.deployment.DeploymentStep.StepStatus;
import dev.synckit.testkit.browser.HeadlessChromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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

            // two deployments one after the other, each with a new upstream commit to build (an unchanged pull ends
            // at once): the second waits for the first, so the page has it open before it runs
            assertEquals(200, post(service, "/playground/api/new-version"));
            var first = request(service);
            awaitPulled(service, first);
            assertEquals(200, post(service, "/playground/api/new-version"));
            var id = request(service).id().value();
            browser.await(SHORT).until(d -> {
                d.findElement(By.cssSelector("#deployments tr[data-id='" + id + "']")).click();
                return true;
            });
            var seen = new LinkedHashSet<String>();
            browser.await(DEPLOY).until(d -> {
                seen.add(d.findElement(By.id("detail-status")).getAttribute("data-status"));
                return seen.contains("succeeded");
            });
            assertTrue(seen.contains("running"), "the open deployment was seen running, then done: " + seen);
            assertEquals(4, page.findElements(By.cssSelector("#detail-steps li .status.succeeded")).size());
            assertEquals(Boolean.TRUE, page.executeScript("return window.sameDocument === true"),
                    "the page followed the deployment without a reload");

            page.findElement(By.id("show-log")).click();
            var log = browser.await(SHORT).until(d -> {
                var text = d.findElement(By.id("log")).getText();
                return text.contains("started version") ? text : null;
            });
            assertTrue(log.contains("\ncompiling...\nbuilt\nrunning 12 tests...\n12 passed\nstopping the demo server...\n"
                    + "started version"), "every step's output, line by line: " + log);
            browser.await(SHORT).until(d -> d.findElement(By.cssSelector("#targets [data-target='default']"))
                    .getText().contains("up since"));
            browser.await(SHORT).until(d -> d.findElement(By.id("audit")).getText().contains("deploy.requested"));
            browser.await(SHORT).until(d -> d.findElements(By.cssSelector("#chart circle.succeeded")).size() == 2);
            var deploymentRows = browser.await(SHORT).until(d -> d.findElements(
                    By.cssSelector("#store tr[data-table='deployment'] td")).stream().skip(1).map(WebElement::getText)
                    .findFirst().orElse(null));
            assertTrue(deploymentRows.matches("[0-9,]+"), "the store's deployment rows: " + deploymentRows);
            assertTrue(page.findElement(By.cssSelector("#store tr[data-table='h2-file']")).getText().matches(
                    "H2 database file [0-9.]+ MB"), page.findElement(By.id("store")).getText());

            var cookie = page.manage().getCookieNamed("synckit_session");
            assertEquals(403, crossSitePost(service, cookie.getName() + "=" + cookie.getValue()),
                    "another site cannot use the maintainer's session on the API");

            var token = createToken(browser);
            var created = browser.await(SHORT).until(d -> d.findElements(By.cssSelector("#audit tbody tr")).stream()
                    .map(WebElement::getText).filter(row -> row.contains("token.created")).findFirst().orElse(null));
            assertTrue(created.contains(" you ") && !created.matches("(?s).*[0-9]{15,}.*"),
                    "the audit log shows the maintainer by name, not by Discord id: " + created);
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
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port()
                + "/api/v1/deployments?target=default")).header("Authorization", "Bearer " + token).build());
    }

    /** What a page elsewhere could make the maintainer's browser send: the session cookie, another origin. */
    private static int crossSitePost(RunningSyncKit service, String cookie) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/api/v1/tokens"))
                .header("Cookie", cookie).header("Origin", "http://elsewhere.example")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"targets\":[\"*\"],\"actions\":[\"deploy\"]}"))
                .build());
    }

    private static int post(RunningSyncKit service, String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static int send(HttpRequest request) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private static Deployment request(RunningSyncKit service) throws Exception {
        return service.deployments().request(new DeployRequest("default", Optional.empty(), "tester",
                "from the dashboard test", false));
    }

    /** Until the deployment's git-pull is done, so that a commit pushed now is left for the next deployment. */
    private static void awaitPulled(RunningSyncKit service, Deployment deployment) throws InterruptedException {
        var deadline = System.nanoTime() + DEPLOY.toNanos();
        while (System.nanoTime() < deadline) {
            var now = service.deployments().find(deployment.id()).orElseThrow();
            if (!now.steps().isEmpty() && now.steps().getFirst().status() == StepStatus.SUCCEEDED) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the first deployment never pulled: " + service.deployments().find(deployment.id()));
    }

    private RunningSyncKit playground() {
        return SyncKit.run(AppProfile.builder().dataDir(dataDir).httpPort(0).extension(new PlaygroundMode()).build());
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
