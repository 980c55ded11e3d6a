/**
 * The one typed configuration of synckit ({@link dev.synckit.config.Settings}): loaded from a YAML file plus
 * environment variables by {@link dev.synckit.config.ConfigLoader}, or built in code with
 * {@link dev.synckit.config.AppProfile}; both pass the same validation, whose errors name the key and its source.
 */
package dev.synckit.config;
