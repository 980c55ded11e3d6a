package dev.synckit.config;

/**
 * What an embedding application adds to synckit: HTTP routes, slash commands. The module that knows each kind
 * defines an interface extending this one; the application picks the extensions up by their type.
 */
public interface AppExtension {
}
