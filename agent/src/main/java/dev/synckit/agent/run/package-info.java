/**
 * Running deployments: the per-pipeline queue, each step under its timeout in a killable process tree, masked and
 * bounded output, and the outcome kept on disk.
 */
package dev.synckit.agent.run;
