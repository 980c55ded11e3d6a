/**
 * New-version events from device farms: stored on arrival, handled once per package and version however often
 * (and however concurrently) they are posted, and handled again only after a failed or abandoned attempt.
 */
package dev.synckit.core.event;
