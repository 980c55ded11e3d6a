/**
 * A real headless browser for tests: Debian's Chromium driven through its chromedriver by Selenium, nothing
 * downloaded. Absent, the test is skipped on a workstation and fails under {@code CI=true}.
 */
package dev.synckit.testkit.browser;
