#!/bin/sh
# Agent overhead benchmark: a 20-step pipeline of `true` shell steps through POST /deploy, N times, against the
# same 20 commands in one shell script; a step printing one 400 KB line without a newline (masked as a stream,
# kept whole in the log) against the same command into /dev/null; then the agent's RSS (VmRSS) idle after start
# and after the runs.
# Usage: bench/agent/run.sh [N]   (JAVA_OPTS defaults to the systemd unit's: -XX:+UseSerialGC -Xmx64m)
set -eu
N="${1:-50}"
repo=$(cd "$(dirname "$0")/../.." && pwd)
jar="$repo/agent/target/synckit-agent.jar"
java_home="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$java_home/bin/java"
opts="${JAVA_OPTS:--XX:+UseSerialGC -Xmx64m}"
if [ ! -f "$jar" ]; then
  (cd "$repo" && JAVA_HOME="$java_home" ./mvnw -q -DskipTests -pl agent -am package)
fi

work=$(mktemp -d)
agent_pid=""
cleanup() { [ -n "$agent_pid" ] && kill "$agent_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT INT TERM

long_line='head -c 400000 /dev/zero | tr "\\0" x'
{ echo "pipelines:"; echo "  bench:"; echo "    steps:"
  i=0; while [ $i -lt 20 ]; do echo "      - shell: { run: \"true\" }"; i=$((i+1)); done
  echo "  longline:"; echo "    steps:"; echo "      - shell: { run: '$long_line' }"; } > "$work/pipeline.yaml"
{ i=0; while [ $i -lt 20 ]; do echo "true"; i=$((i+1)); done; } > "$work/steps.sh"

DEPLOY_AGENT_SECRET=bench-secret DEPLOY_AGENT_PORT=0 DEPLOY_AGENT_CONFIG="$work/pipeline.yaml" \
  DEPLOY_AGENT_DATA_DIR="$work/data" "$java" $opts -jar "$jar" > "$work/agent.log" 2>&1 &
agent_pid=$!
port=""
tries=0
while [ -z "$port" ] && [ $tries -lt 100 ]; do
  port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/agent.log")
  tries=$((tries+1)); sleep 0.1
done
[ -n "$port" ] || { cat "$work/agent.log"; echo "agent did not start" >&2; exit 1; }
sleep 2
rss_idle=$(awk '/VmRSS/ {print $2}' "/proc/$agent_pid/status")

deploy() { curl -sf -m 60 -X POST -H "Authorization: Bearer bench-secret" \
  "http://127.0.0.1:$port/deploy?pipeline=${1:-bench}" > "$work/last.json"; }
now_ns() { date +%s%N; }

i=0; while [ $i -lt 10 ]; do deploy; i=$((i+1)); done   # warm-up (JIT)
grep -q '"ok":true' "$work/last.json" || { cat "$work/last.json"; echo "deploy failed" >&2; exit 1; }

start=$(now_ns); i=0; while [ $i -lt "$N" ]; do deploy; i=$((i+1)); done; end=$(now_ns)
agent_ms=$(( (end - start) / N / 1000 ))
start=$(now_ns); i=0; while [ $i -lt "$N" ]; do sh "$work/steps.sh"; i=$((i+1)); done; end=$(now_ns)
script_us=$(( (end - start) / N / 1000 ))
deploy longline   # warm-up
start=$(now_ns); i=0; while [ $i -lt 5 ]; do deploy longline; i=$((i+1)); done; end=$(now_ns)
long_agent_us=$(( (end - start) / 5 / 1000 ))
start=$(now_ns); i=0; while [ $i -lt 5 ]; do sh -c "$long_line" > /dev/null; i=$((i+1)); done; end=$(now_ns)
long_script_us=$(( (end - start) / 5 / 1000 ))
sleep 2
rss_after=$(awk '/VmRSS/ {print $2}' "/proc/$agent_pid/status")

awk -v a="$agent_ms" -v s="$script_us" -v n="$N" -v ri="$rss_idle" -v ra="$rss_after" \
    -v la="$long_agent_us" -v ls="$long_script_us" 'BEGIN {
  printf "runs: %d, pipeline: 20 x shell true\n", n
  printf "POST /deploy (agent):   %.2f ms per deployment\n", a / 1000
  printf "one shell script:       %.2f ms per run\n", s / 1000
  printf "agent overhead:         %.2f ms per step (target < 10)\n", (a - s) / 1000 / 20
  printf "400 KB line (agent):    %.2f ms per deployment\n", la / 1000
  printf "400 KB line (sh only):  %.2f ms per run\n", ls / 1000
  printf "agent RSS idle:         %.1f MB (target < 128)\n", ri / 1024
  printf "agent RSS after runs:   %.1f MB\n", ra / 1024
}'
