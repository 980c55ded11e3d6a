#!/usr/bin/env bash
# The Discord bot against the testkit emulator on loopback (real JDA over a real websocket, real H2 store, real
# core services; only the deploy agent is scripted):
#   - /verify dispatched COMMANDS times one after another, then with IN_FLIGHT in flight: dispatch -> interaction
#     callback, p50/p99 (target p99 < 50 ms);
#   - EVENTS_PER_SECOND progress events for DURATION seconds on one deployment: edits per second of its status message
#     (must stay <= 1) and the final state shown.
# Usage: bench/bot/run.sh   (env: COUNT=1000 IN_FLIGHT=8 EVENTS_PER_SECOND=1000 DURATION=10)
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
require_jdk

# compile in the reactor (no install): the classpath then points at each module's target/classes
./mvnw -B -q -pl commands,bot -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="bot/target/test-classes:bot/target/classes:$(cat bot/target/bench.classpath)"

"$JAVA_HOME/bin/java" -cp "$cp" \
  -Dbench.commands="${COUNT:-1000}" -Dbench.inFlight="${IN_FLIGHT:-8}" \
  -Dbench.eventsPerSecond="${EVENTS_PER_SECOND:-1000}" -Dbench.seconds="${DURATION:-10}" \
  -Dlogback.configurationFile=bench/bot/logback.xml \
  dev.synckit.bot.BotBench
