package dev.synckit.app.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.app.RunningSyncKit;
import dev.synckit.app.SyncKit;
import dev.synckit.config.AppProfile;
import dev.synckit.testkit.browser.HeadlessChromium;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The playground as a newcomer uses it, in a real headless Chromium: the page, the real bot on the emulator, the
 * real agent running the demo pipeline over real git. Leaves {@code target/playground.png} behind.
 */
class PlaygroundBrowserTest {

    private static final Duration SHORT = Duration.ofSeconds(20);
    private static final Duration DEPLOY = Duration.ofSeconds(60);
    private static final By STATUS_TITLES = By.xpath("//article[contains(@class,'message')]"
            + "//div[@class='embed-title' and substring(text(), string-length(text()) - 6) = 'default'"
            + " and not(starts-with(text(), 'New version'))]");

    @TempDir
    Path dataDir;

    @TempDir
    Path browserProfile;

    @Test
    void verifyNewVersionDeployAndAGuestsRefusalAsAPersonSeesThem() {
        try (var browser = HeadlessChromium.start(browserProfile); var service = playground(dataDir)) {
            var page = browser.driver();
            page.get("http://127.0.0.1:" + service.port() + "/playground");
            browser.await(SHORT).until(d -> d.findElements(By.cssSelector("#channels button")).size() == 2);
            assertEquals("http://127.0.0.1:" + service.port() + "/dashboard",
                    page.findElement(By.id("dashboard-link")).getAttribute("href"), "the way to the dashboard");

            run(browser, "verify");
            var version = browser.await(SHORT).until(d -> d.findElement(By.xpath(
                    "//div[contains(@class,'embed-field')][div[@class='embed-field-name' and text()='Version']]"
                            + "/div[contains(@class,'embed-field-value')]")).getText());
            assertEquals(service.build().version(), version);

            page.findElement(By.id("new-version")).click();
            assertEquals("Deploy to default", clickDeployTheMomentItAppears(browser));

            var statusId = browser.await(SHORT).until(d -> first(d.findElements(STATUS_TITLES))
                    .map(title -> messageOf(title).getAttribute("data-id")).orElse(null));
            var finished = browser.await(DEPLOY).until(d -> {
                var titles = d.findElements(STATUS_TITLES);
                return titles.stream().anyMatch(title -> title.getText().equals("Deployed default"))
                        ? new Shown(titles.size(), messageOf(titles.getFirst()).getAttribute("data-id"),
                                messageOf(titles.getFirst()).getText())
                        : null;
            });
            assertEquals(1, finished.count(), "one status message, edited in place, not re-posted");
            assertEquals(statusId, finished.id());
            assertTrue(finished.text().contains("(edited)"), finished.text());
            assertTrue(finished.text().contains("Updated"), finished.text());
            assertTrue(finished.text().contains("Requested by @you"), "a mention shows the member's name: "
                    + finished.text());

            browser.await(SHORT).until(d -> {
                d.findElement(By.xpath("//article[@data-id='" + statusId + "']//button[text()='Logs']")).click();
                return true;
            });
            var logFile = browser.await(SHORT).until(d -> first(d.findElements(By.cssSelector("a.attachment")))
                    .map(WebElement::getText).orElse(null));
            assertTrue(logFile.contains("deployment-") && logFile.contains(".log"), logFile);

            page.findElement(By.id("member-switch")).click();
            assertEquals("guest", page.findElement(By.id("member-name")).getText());
            run(browser, "updateserver");
            var refusal = browser.await(SHORT).until(d -> first(d.findElements(By.xpath(
                    "//article[contains(@class,'ephemeral')][.//text()[contains(., 'Only maintainers can do this.')]]")))
                    .map(WebElement::getText).orElse(null));
            assertTrue(refusal.contains("Only you can see this"), refusal);

            browser.screenshot(Path.of("target", "playground.png"));
        }
    }

    static RunningSyncKit playground(Path dataDir) {
        return SyncKit.run(AppProfile.builder().dataDir(dataDir).httpPort(0).extension(new PlaygroundMode()).build());
    }

    /**
     * Clicks the announcement's Deploy button as soon as it is there, as an eager person does, and answers its label;
     * anything lying over it (the command picker, say) fails the click.
     */
    static String clickDeployTheMomentItAppears(HeadlessChromium browser) {
        return browser.await(SHORT).until(d -> {
            var deploy = d.findElement(By.cssSelector("button.component[data-custom-id^='sk1:deploy:default']"));
            var label = deploy.getText().strip();
            deploy.click();
            return label;
        });
    }

    /** Types the command as a person does: "/" and the start of its name, then picks it and sends. */
    private static void run(HeadlessChromium browser, String command) {
        var input = browser.driver().findElement(By.id("composer-input"));
        input.clear();
        input.sendKeys("/" + command.substring(0, 3));
        browser.await(SHORT).until(d -> {
            d.findElement(By.cssSelector("#suggestions button[data-command='" + command + "']")).click();
            return true;
        });
        browser.driver().findElement(By.id("composer-send")).click();
    }

    /** What the page showed of the status messages at one moment: how many, and the first one's id and text. */
    private record Shown(int count, String id, String text) {
    }

    private static WebElement messageOf(WebElement inside) {
        return inside.findElement(By.xpath("ancestor::article[1]"));
    }

    private static Optional<WebElement> first(List<WebElement> found) {
        return found.stream().findFirst();
    }
}
