/**
 * The maintainers' dashboard as a person uses it: a real headless Chromium logged in with Discord (the emulator's
 * OAuth2) against the playground's service, agent and git.
 */
package dev.synckit.app.dashboard;
