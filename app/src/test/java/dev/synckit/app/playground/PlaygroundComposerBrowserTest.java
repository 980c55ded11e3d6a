package dev.synckit.app.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.synckit.testkit.browser.HeadlessChromium;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The composer as a person uses it, in a real headless Chromium: a command typed in full and sent with Enter closes
 * the picker, which never lies over the channel, so a Deploy button is clickable the moment it appears; Escape and
 * a click elsewhere close it too; the bot's links to its status message open that message on this page.
 */
class PlaygroundComposerBrowserTest {

    private static final Duration SHORT = Duration.ofSeconds(20);
    private static final By PICKER = By.id("suggestions");

    @TempDir
    Path dataDir;

    @TempDir
    Path browserProfile;

    @Test
    void thePickerClosesAndNeverCoversAndMessageLinksStayOnThePage() {
        try (var browser = HeadlessChromium.start(browserProfile);
                var service = PlaygroundBrowserTest.playground(dataDir)) {
            var page = browser.driver();
            page.get("http://127.0.0.1:" + service.port() + "/playground");
            browser.await(SHORT).until(d -> d.findElements(By.cssSelector("#channels button")).size() == 2);
            var input = page.findElement(By.id("composer-input"));

            input.sendKeys("/updateserver");
            browser.await(SHORT).until(d -> d.findElement(PICKER).isDisplayed());
            var picker = page.findElement(PICKER).getRect();
            var channel = page.findElement(By.id("messages")).getRect();
            assertTrue(picker.getY() >= channel.getY() + channel.getHeight(),
                    "the picker sits below the channel, not over it: picker from y=" + picker.getY()
                            + ", channel down to y=" + (channel.getY() + channel.getHeight()));
            input.sendKeys(Keys.ENTER);
            browser.await(SHORT).until(d -> !d.findElement(PICKER).isDisplayed());

            var queued = browser.await(SHORT).until(d -> d.findElements(By.xpath(
                    "//article[contains(@class,'ephemeral')][.//div[@class='content'][starts-with(., 'Deployment of')]]"
                            + "//a")).stream().findFirst().orElse(null));
            assertEquals("#deploys › message", queued.getText(), "a message link reads as Discord shows one");
            assertJumpsToItsMessage(browser, queued);

            // the picker left open by a sent command used to take this click: the button must be clickable at once
            page.findElement(By.id("new-version")).click();
            assertEquals("Deploy to default", PlaygroundBrowserTest.clickDeployTheMomentItAppears(browser));
            var statusButton = browser.await(SHORT).until(d -> d.findElements(By.xpath(
                    "//a[contains(@class,'component')][starts-with(., 'Deployment status')]")).stream().findFirst()
                    .orElse(null));
            assertJumpsToItsMessage(browser, statusButton);

            input.sendKeys("/");
            browser.await(SHORT).until(d -> d.findElement(PICKER).isDisplayed());
            input.sendKeys(Keys.ESCAPE);
            browser.await(SHORT).until(d -> !d.findElement(PICKER).isDisplayed());
            input.sendKeys(Keys.BACK_SPACE, "/");
            browser.await(SHORT).until(d -> d.findElement(PICKER).isDisplayed());
            page.findElement(By.id("channel-title")).click();
            browser.await(SHORT).until(d -> !d.findElement(PICKER).isDisplayed());

            browser.screenshot(Path.of("target", "playground-composer.png"));
        }
    }

    /** The link names a message of this guild: it stays on this page and, clicked, highlights that message. */
    private static void assertJumpsToItsMessage(HeadlessChromium browser, WebElement link) {
        var href = link.getAttribute("href");
        assertFalse(href.contains("discord.com"), "links to the playground's own message: " + href);
        var message = link.getAttribute("data-message");
        assertTrue(href.endsWith("#message-" + message), href);
        link.click();
        browser.await(SHORT).until(d -> highlighted(d, message));
        assertTrue(browser.driver().getCurrentUrl().contains("/playground"), "still on the page");
    }

    private static boolean highlighted(WebDriver page, String messageId) {
        return page.findElements(By.cssSelector("#messages article[data-id='" + messageId + "'].highlight")).size() == 1;
    }
}
