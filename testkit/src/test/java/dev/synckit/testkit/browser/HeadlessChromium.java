package dev.synckit.testkit.browser;

import dev.synckit.store.testing.RequiredEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Chromium, headless, in a fresh profile directory, driven by the system's chromedriver. Both paths are given to
 * Selenium, so Selenium Manager never looks for (or downloads) a browser or a driver.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriverService service, ChromeDriver driver) {
        this.service = service;
        this.driver = driver;
    }

    /**
     * A browser whose profile lives in {@code profileDir} (a fresh, empty directory); skips the test when Chromium
     * or its driver is missing, unless {@code CI=true}, where that fails it.
     */
    public static HeadlessChromium start(Path profileDir) {
        RequiredEnvironment.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                CHROMIUM + " or " + CHROMEDRIVER + " is missing (./dev test installs them as root: "
                        + "apt-get install chromium chromium-driver)");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withTimeout(Duration.ofSeconds(30)).build();
        var options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + profileDir.toAbsolutePath());
        try {
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            return new HeadlessChromium(service, driver);
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * A wait on this browser, polling every 100 ms, that gives up after {@code timeout}. A page that re-renders
     * replaces elements under the probe's feet: a stale element means "look again", not a failure.
     */
    public WebDriverWait await(Duration timeout) {
        var wait = new WebDriverWait(driver, timeout);
        wait.pollingEvery(Duration.ofMillis(100)).ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Saves what the page shows now as a PNG at {@code file}. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the screenshot " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
