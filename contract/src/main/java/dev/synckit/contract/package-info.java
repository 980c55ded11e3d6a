/**
 * The wire types synckit shares with its Go and C# peers. Field order and omission rules are frozen:
 * golden tests hold every byte. {@link dev.synckit.contract.WireJson} is the one JSON mapper configuration.
 */
package dev.synckit.contract;
