/**
 * The container images of deploy/service and deploy/agent, built by the real container engine on a Java runtime
 * image made FROM scratch here (no registry is reachable), then run and asked over HTTP.
 */
package dev.synckit.app.images;
