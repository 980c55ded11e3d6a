/**
 * The pipeline file ({@code deploy-agent.yaml}): its typed model (a sealed set of step records) and the loader
 * that refuses a bad file with one line naming the file, the line, the key and the reason.
 */
package dev.synckit.agent.pipeline;
