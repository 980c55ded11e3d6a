#!/usr/bin/env bash
# The service's speed and footprint, from a second process on loopback:
#   - start to first 200 on /health, and resident memory after start (median of RUNS starts);
#   - authenticated POST /events/new-version of distinct events, each stored: the most wrk gets through, then
#     p50/p99 with the load paced to about RATE per second, beside the rate of a bare GET /health in the same run.
# Usage: bench/service/run.sh   (env: RUNS=5 DURATION=15 CONNECTIONS=32 RATE=5000 JAVA_OPTS=…)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-32}
JAVA_OPTS=${JAVA_OPTS:-}
RATE=${RATE:-5000}
PACED_CONNECTIONS=${PACED_CONNECTIONS:-64}

source bench/lib.sh
require_jdk
command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install wrk)" >&2; exit 1; }
[ -f app/target/synckit.jar ] || ./mvnw -q -B -DskipTests package -pl app -am

work=$(mktemp -d)
trap 'stop_service; rm -rf "$work"' EXIT

pid=""
start_service() { # $1 = data dir, $2 = port
  ( cd "$1" && SYNCKIT_HTTP_PORT=$2 SYNCKIT_PLAYGROUND=false SYNCKIT_EVENT_SECRET=$BENCH_SECRET exec "$JAVA_HOME/bin/java" $JAVA_OPTS \
      -jar "$OLDPWD/app/target/synckit.jar" >"$1/service.log" 2>&1 ) &
  pid=$!
}
stop_service() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  pid=""
}

export BENCH_SECRET=bench-secret-$RANDOM
port=$(free_port)

measure_starts() { # $1 = label, $2 = extra JVM options
  local starts=() rss=() inside=() i dir t0 t1
  for i in $(seq 1 "$RUNS"); do
    dir="$work/installed"
    t0=$(date +%s%N)
    JAVA_OPTS="$JAVA_OPTS $2" start_service "$dir" "$port"
    until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.01; done
    t1=$(date +%s%N)
    sleep 1
    starts+=($(( (t1 - t0) / 1000000 )))
    rss+=($(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 )))
    inside+=($(grep -oE 'started in [0-9]+' "$dir/service.log" | tail -1 | grep -oE '[0-9]+$'))
    stop_service
  done
  echo "$1: first 200 on /health after ${starts[*]} ms, median $(median "${starts[@]}") ms" \
    "(the service's own 'started in' median $(median "${inside[@]}") ms); RSS ${rss[*]} MB, median $(median "${rss[@]}") MB"
}

echo "== restart to first 200 on /health, and RSS 1 s after ($RUNS runs each${JAVA_OPTS:+, JAVA_OPTS=$JAVA_OPTS})"
# the first start installs (creates the database) and, as ./dev run does, writes the class-data archive: not counted
cds="-XX:SharedArchiveFile=$work/installed/synckit.jsa -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off"
mkdir -p "$work/installed"
JAVA_OPTS="$JAVA_OPTS $cds" start_service "$work/installed" "$port"
until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.05; done
stop_service
measure_starts "java -jar" ""
measure_starts "with AppCDS (as ./dev run)" "$cds"

echo "== load: $CONNECTIONS connections, 2 wrk threads, ${DURATION}s each"
dir="$work/load"; mkdir -p "$dir"
start_service "$dir" "$port"
until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.05; done
# a short warm-up so the JIT has compiled the hot paths before we measure
BENCH_RUN=warmup wrk -t2 -c"$CONNECTIONS" -d5s -s bench/service/new-version.lua "http://127.0.0.1:$port" >/dev/null
echo "-- POST /events/new-version (distinct events, each stored)"
BENCH_RUN=measured wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/service/new-version.lua "http://127.0.0.1:$port" \
  | grep -E "Requests/sec|LATENCY|Non-2xx|Socket errors"
echo "-- POST /events/new-version paced at about ${RATE} per second (each connection waits between requests)"
BENCH_RUN=paced BENCH_DELAY_MS=$(( PACED_CONNECTIONS * 1000 / RATE )) wrk -t2 -c"$PACED_CONNECTIONS" -d"${DURATION}s" \
  -s bench/service/new-version.lua "http://127.0.0.1:$port" | grep -E "Requests/sec|LATENCY|Non-2xx|Socket errors"
echo "-- GET /health"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s bench/service/latency.lua "http://127.0.0.1:$port/health" \
  | grep -E "Requests/sec|LATENCY|Non-2xx|Socket errors"
echo "-- stored, as counted by the service"
curl -s "http://127.0.0.1:$port/metrics" | grep '^synckit_events_total'
