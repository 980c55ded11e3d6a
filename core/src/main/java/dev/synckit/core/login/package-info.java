/**
 * "Log in with Discord" and browser sessions: single-use login attempts (state and PKCE verifier), the Discord user
 * they prove, and sessions kept only as token hashes, with sliding and absolute expiry and revocation.
 */
package dev.synckit.core.login;
