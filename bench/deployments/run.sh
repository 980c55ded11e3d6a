#!/usr/bin/env bash
# Deployments, end to end on loopback, from a second process:
#   - POST /api/v1/deployments of an empty pipeline to "succeeded" visible on GET (median of COUNT);
#   - signed agent callbacks stored per second (signed beforehand, replayed by wrk over CONNECTIONS for DURATION seconds).
# The real service and the real agent, each through its launcher (its JVM options and AOT cache); nothing is mocked.
# Usage: bench/deployments/run.sh   (env: COUNT=50 DURATION=10 CONNECTIONS=32)
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${COUNT:-50}
SECONDS_=${DURATION:-10}  # not SECONDS: bash keeps its own, the seconds since the shell started
CONNECTIONS=${CONNECTIONS:-32}

source bench/lib.sh
require_jdk
command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install wrk)" >&2; exit 1; }
[ -x app/target/synckit ] && [ -x agent/target/synckit-agent ] || ./mvnw -q -B -DskipTests package

work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

secret=bench-agent-$RANDOM; token=bench-api-$RANDOM
agent_port=$(free_port); service_port=$(free_port)
mkdir -p "$work/repo" && git -C "$work/repo" init -q
cat >"$work/deploy-agent.yaml" <<YAML
pipelines:
  empty:
    repo: $work/repo
    steps:
      - shell: { run: "true" }
  long:
    repo: $work/repo
    steps:
      - shell: { run: "sleep 600" }
YAML
cat >"$work/synckit.yaml" <<YAML
targets:
  empty: { agent_url: "http://127.0.0.1:$agent_port", agent_secret_env: BENCH_AGENT_SECRET, pipeline: empty }
  long: { agent_url: "http://127.0.0.1:$agent_port", agent_secret_env: BENCH_AGENT_SECRET, pipeline: long }
YAML
DEPLOY_AGENT_SECRET=$secret DEPLOY_AGENT_PORT=$agent_port DEPLOY_AGENT_CONFIG=$work/deploy-agent.yaml \
  DEPLOY_AGENT_DATA_DIR=$work/agent-data agent/target/synckit-agent >"$work/agent.log" 2>&1 &
pids+=($!)
( cd "$work" && BENCH_AGENT_SECRET=$secret SYNCKIT_API_TOKEN=$token SYNCKIT_HTTP_PORT=$service_port \
  exec "$OLDPWD/app/target/synckit" >"$work/service.log" 2>&1 ) &
pids+=($!)
until curl -sf -o /dev/null "http://127.0.0.1:$service_port/health"; do sleep 0.05; done

load() { "$JAVA_HOME/bin/java" -cp "$(ls contract/target/synckit-contract-*.jar | grep -v tests | head -1)" \
  bench/deployments/DeployLoad.java "$@"; }
load latency "http://127.0.0.1:$service_port" "$token" empty "$COUNT"
# callbacks are signed beforehand and replayed by wrk, so the load generator's own HMACs do not share the CPU
load sign "http://127.0.0.1:$service_port" "$token" long "$secret" $(( SECONDS_ * 15000 )) "$work/callbacks.tsv"
before=$(curl -s "http://127.0.0.1:$service_port/metrics" | awk '/^synckit_agent_callbacks_total\{outcome="accepted"/ {print $2}')
BENCH_CALLBACKS=$work/callbacks.tsv BENCH_THREADS=2 wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_}s" \
  -s bench/deployments/callbacks.lua "http://127.0.0.1:$service_port" | grep -E "Requests/sec|LATENCY|Non-2xx|errors"
after=$(curl -s "http://127.0.0.1:$service_port/metrics" | awk '/^synckit_agent_callbacks_total\{outcome="accepted"/ {print $2}')
awk -v after="$after" -v before="${before:-0}" -v seconds="$SECONDS_" \
  'BEGIN { printf "signed callbacks stored: %.0f per second (%.0f accepted in all)\n", (after - before) / seconds, after }'
