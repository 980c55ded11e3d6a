/**
 * The runnable service: {@link dev.synckit.app.Main} for operators, {@link dev.synckit.app.SyncKit#run} for Java
 * applications that embed synckit. Every object is built here, by hand, and handed to the ones that need it.
 */
package dev.synckit.app;
