package dev.synckit.app;

import dev.synckit.agentclient.AgentClientSettings;
import dev.synckit.core.deployment.RunTracker;

/**
 * The timings of deployment tracking and agent calls. Operators get the defaults; tests shorten them so that a
 * silent agent or a lost callback shows within seconds.
 */
record Tuning(RunTracker.Settings tracking, AgentClientSettings agentCalls) {

    static Tuning defaults() {
        return new Tuning(RunTracker.Settings.defaults(), AgentClientSettings.defaults());
    }
}
