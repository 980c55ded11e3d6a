/**
 * Watching upstream: each watched pipeline fetches on its interval and deploys a new revision through the same
 * queue and callback path as any other deployment.
 */
package dev.synckit.agent.watch;
