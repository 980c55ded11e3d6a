/** Scoped API tokens over the real service's HTTP: created, used within their scope, refused outside it, revoked. */
package dev.synckit.app.token;
