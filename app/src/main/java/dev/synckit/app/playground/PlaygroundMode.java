package dev.synckit.app.playground;

import dev.synckit.config.AppExtension;

/**
 * Asks for the playground when the profile has no Discord token. The standalone service adds it; an embedding
 * application without a token runs without Discord unless it adds this too.
 */
public record PlaygroundMode() implements AppExtension {
}
