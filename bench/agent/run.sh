#!/bin/sh
# The agent's overhead per step beside its floor from the same run: a 20-step pipeline of `true` shell steps
# through POST /deploy, N times, against 20 `setsid sh -c true` in one shell loop (what a step costs the host
# anyway: a new session and a shell); then the agent's RSS (VmRSS) idle after start and after the runs. The agent
# runs through its launcher (agent/target/synckit-agent: its JVM options and its AOT cache, made at the first start).
# Then a step printing one 400 KB line without a newline (masked as a stream, kept whole in the log) against the
# same command into /dev/null.
# Usage: bench/agent/run.sh [N]   (JAVA_OPTS adds to the launcher's options)
set -eu
N="${1:-50}"
repo=$(cd "$(dirname "$0")/../.." && pwd)
launcher="$repo/agent/target/synckit-agent"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ ! -x "$launcher" ]; then
  (cd "$repo" && ./mvnw -q -DskipTests -pl agent -am package)
fi

work=$(mktemp -d)
agent_pid=""
cleanup() { [ -n "$agent_pid" ] && kill "$agent_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT INT TERM

long_line='head -c 400000 /dev/zero | tr "\\0" x'
{ echo "pipelines:"; echo "  bench:"; echo "    steps:"
  i=0; while [ $i -lt 20 ]; do echo "      - shell: { run: \"true\" }"; i=$((i+1)); done
  echo "  longline:"; echo "    steps:"; echo "      - shell: { run: '$long_line' }"; } > "$work/pipeline.yaml"

start_agent() {
  DEPLOY_AGENT_SECRET=bench-secret DEPLOY_AGENT_PORT=0 DEPLOY_AGENT_CONFIG="$work/pipeline.yaml" \
    DEPLOY_AGENT_DATA_DIR="$work/data" DEPLOY_AGENT_AOT_CACHE="$work/synckit-agent.aot" "$launcher" > "$work/agent.log" 2>&1 &
  agent_pid=$!
  port=""
  tries=0
  while [ -z "$port" ] && [ $tries -lt 600 ]; do
    port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/agent.log")
    tries=$((tries+1)); sleep 0.1
  done
  [ -n "$port" ] || { cat "$work/agent.log"; echo "agent did not start" >&2; exit 1; }
}
# the first start makes the AOT cache; the measured agent is a second start that uses it, as a host's agent does
start_agent
kill "$agent_pid"; wait "$agent_pid" 2>/dev/null || true
start_agent
sleep 2
rss_idle=$(awk '/VmRSS/ {print $2}' "/proc/$agent_pid/status")

deploy() {
  curl -sf -m 60 -X POST -H "Authorization: Bearer bench-secret" "http://127.0.0.1:$port/deploy?pipeline=${1:-bench}" > "$work/last.json" \
    || { cat "$work/agent.log"; echo "POST /deploy to port $port failed" >&2; exit 1; }
}
floor() { j=0; while [ $j -lt 20 ]; do setsid sh -c true; j=$((j+1)); done; }
now_ns() { date +%s%N; }

i=0; while [ $i -lt 10 ]; do deploy; floor; i=$((i+1)); done   # warm-up (JIT, page cache)
grep -q '"ok":true' "$work/last.json" || { cat "$work/last.json"; echo "deploy failed" >&2; exit 1; }

# alternate the two so that a busy moment of the machine weighs on both alike
agent_ns=0; floor_ns=0; i=0
while [ $i -lt "$N" ]; do
  t0=$(now_ns); deploy; t1=$(now_ns); floor; t2=$(now_ns)
  agent_ns=$((agent_ns + t1 - t0)); floor_ns=$((floor_ns + t2 - t1)); i=$((i+1))
done
deploy longline   # warm-up
long_agent_ns=0; long_floor_ns=0; i=0
while [ $i -lt 5 ]; do
  t0=$(now_ns); deploy longline; t1=$(now_ns); sh -c "$long_line" > /dev/null; t2=$(now_ns)
  long_agent_ns=$((long_agent_ns + t1 - t0)); long_floor_ns=$((long_floor_ns + t2 - t1)); i=$((i+1))
done
sleep 2
rss_after=$(awk '/VmRSS/ {print $2}' "/proc/$agent_pid/status")

awk -v a="$agent_ns" -v f="$floor_ns" -v n="$N" -v ri="$rss_idle" -v ra="$rss_after" -v la="$long_agent_ns" -v lf="$long_floor_ns" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
  printf "runs: %d, pipeline: 20 x shell true (machine load %s)\n", n, load
  printf "POST /deploy (agent):              %.2f ms per deployment, %.2f ms per step\n", a / n / 1e6, a / n / 20 / 1e6
  printf "floor, 20 x setsid sh -c true:     %.2f ms per run, %.2f ms per step\n", f / n / 1e6, f / n / 20 / 1e6
  printf "agent overhead beyond the spawn:   %.2f ms per step (target < 2)\n", (a - f) / n / 20 / 1e6
  printf "400 KB line (agent):               %.2f ms per deployment\n", la / 5 / 1e6
  printf "400 KB line (sh into /dev/null):   %.2f ms per run\n", lf / 5 / 1e6
  printf "agent RSS idle:                    %.1f MB (target < 64)\n", ri / 1024
  printf "agent RSS after the runs:          %.1f MB\n", ra / 1024
}'
