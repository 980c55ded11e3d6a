#!/usr/bin/env bash
# The service's start, footprint and speed, each beside its floor from the same run, from a second process on
# loopback. The service runs through its launcher (app/target/synckit: its JVM options and its AOT cache).
#   - restart to the first 200 on /health and RSS 1 s after, RUNS times, alternating with the floor: a bare Helidon
#     WebServer with one route (bench/service/Floor.java) run from the same jar with its own AOT cache;
#   - authenticated POST /events/new-version of distinct events, each stored, beside a bare GET /health of the same
#     service: the most wrk gets through after a warm-up, then p50/p99 paced to about RATE per second;
#   - RSS after FLOOD seconds of distinct events, then after as many again (twice the rows: it must stay flat).
# Usage: bench/service/run.sh   (env: RUNS=5 DURATION=15 FLOOD=30 CONNECTIONS=32 RATE=5000 JAVA_OPTS=…)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
DURATION=${DURATION:-15}
FLOOD=${FLOOD:-30}
CONNECTIONS=${CONNECTIONS:-32}
RATE=${RATE:-5000}
PACED_CONNECTIONS=${PACED_CONNECTIONS:-64}

source bench/lib.sh
require_jdk
command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install wrk)" >&2; exit 1; }
[ -x app/target/synckit ] || ./mvnw -q -B -DskipTests package -pl app -am
repo=$PWD
jar=$repo/app/target/synckit.jar

work=$(mktemp -d)
pid=""
stop() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  pid=""
}
trap 'stop; rm -rf "$work"' EXIT
port=$(free_port)
export BENCH_SECRET=bench-secret-$RANDOM
rss_mb() { echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 )); }
await_health() { until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.01; done; }

# the service through its launcher, on a data directory of its own; the cache lives beside the data
start_service() { # $1 = data dir
  mkdir -p "$1"
  ( cd "$1" && SYNCKIT_HTTP_PORT=$port SYNCKIT_PLAYGROUND=false SYNCKIT_EVENT_SECRET=$BENCH_SECRET \
      SYNCKIT_AOT_CACHE=$work/synckit.aot exec "$repo/app/target/synckit" >>"$1/service.log" 2>&1 ) &
  pid=$!
}

# the floor: compiled against the service jar, run from it beside a one-class jar (an AOT cache takes jars only),
# with the launcher's collector so that only our own work differs
javac -q -cp "$jar" -d "$work/floor" bench/service/Floor.java 2>/dev/null || javac -cp "$jar" -d "$work/floor" bench/service/Floor.java
"$JAVA_HOME/bin/jar" cf "$work/floor.jar" -C "$work/floor" .
floor_options="-XX:+UseSerialGC"
start_floor() { # $1 = extra JVM options, $2 = port
  : >"$work/floor.log"
  "$JAVA_HOME/bin/java" $floor_options $1 -cp "$jar:$work/floor.jar" Floor "$2" >>"$work/floor.log" 2>&1 &
  pid=$!
}
start_floor "-XX:AOTCacheOutput=$work/floor.aot" 0
until grep -q 'listening on' "$work/floor.log"; do sleep 0.05; done
stop
# the service's first start makes its cache (and installs the schema): not counted
start_service "$work/installed"; await_health; stop

echo "== restart to the first 200 on /health, and RSS 1 s after: $RUNS runs each, alternating (machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
floor_ms=() floor_rss=() synckit_ms=() synckit_rss=() inside=()
for i in $(seq 1 "$RUNS"); do
  t0=$(date +%s%N); start_floor "-XX:AOTCache=$work/floor.aot" "$port"; await_health; t1=$(date +%s%N)
  sleep 1; floor_ms+=($(( (t1 - t0) / 1000000 ))); floor_rss+=($(rss_mb)); stop
  t0=$(date +%s%N); start_service "$work/installed"; await_health; t1=$(date +%s%N)
  sleep 1; synckit_ms+=($(( (t1 - t0) / 1000000 ))); synckit_rss+=($(rss_mb)); stop
  inside+=($(grep -oE 'started in [0-9]+' "$work/installed/service.log" | tail -1 | grep -oE '[0-9]+$'))
done
fm=$(median "${floor_ms[@]}"); sm=$(median "${synckit_ms[@]}")
echo "floor:   ${floor_ms[*]} ms, median $fm ms; RSS ${floor_rss[*]} MB, median $(median "${floor_rss[@]}") MB"
echo "synckit: ${synckit_ms[*]} ms, median $sm ms ('started in' median $(median "${inside[@]}") ms);" \
  "RSS ${synckit_rss[*]} MB, median $(median "${synckit_rss[@]}") MB"
awk -v s="$sm" -v f="$fm" 'BEGIN { printf "synckit / floor: %.2fx (target: within 2x)\n", s / f }'

echo "== load: $CONNECTIONS connections, 2 wrk threads, ${DURATION}s each, on one service"
start_service "$work/load"; await_health
idle=$(rss_mb)
# a warm-up so that the JIT has compiled the hot paths before anything is measured
BENCH_RUN=warmup wrk -t2 -c"$CONNECTIONS" -d5s -s bench/service/new-version.lua "http://127.0.0.1:$port" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d5s "http://127.0.0.1:$port/health" >/dev/null
rate() { grep -E "Requests/sec" | awk '{print $2}'; }
health=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" "http://127.0.0.1:$port/health" | rate)
events=$(BENCH_RUN=measured wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s bench/service/new-version.lua \
  "http://127.0.0.1:$port" | tee "$work/events.txt" | rate)
grep -E "Non-2xx|Socket errors" "$work/events.txt" || true
awk -v e="$events" -v h="$health" 'BEGIN { printf "GET /health (floor): %.0f/s; POST /events/new-version, stored: %.0f/s = %.2fx (target >= 0.5x)\n", h, e, e / h }'
echo "-- POST /events/new-version paced at about ${RATE}/s ($PACED_CONNECTIONS connections, each waiting between requests)"
BENCH_RUN=paced BENCH_DELAY_MS=$(( PACED_CONNECTIONS * 1000 / RATE )) wrk -t2 -c"$PACED_CONNECTIONS" -d"${DURATION}s" \
  -s bench/service/new-version.lua "http://127.0.0.1:$port" | grep -E "Requests/sec|LATENCY|Non-2xx|Socket errors"

echo "== memory: RSS idle, then after ${FLOOD}s of distinct events, twice (target: idle < 128 MB, flood < 256 MB, flat)"
BENCH_RUN=flood1 wrk -t2 -c"$CONNECTIONS" -d"${FLOOD}s" -s bench/service/new-version.lua "http://127.0.0.1:$port" >/dev/null
after1=$(rss_mb); rows1=$(curl -s "http://127.0.0.1:$port/metrics" | awk '/^synckit_events_total/ {s += $2} END {print s}')
BENCH_RUN=flood2 wrk -t2 -c"$CONNECTIONS" -d"${FLOOD}s" -s bench/service/new-version.lua "http://127.0.0.1:$port" >/dev/null
after2=$(rss_mb); rows2=$(curl -s "http://127.0.0.1:$port/metrics" | awk '/^synckit_events_total/ {s += $2} END {print s}')
echo "RSS idle after the start ${synckit_rss[0]} MB; at the load's start $idle MB;" \
  "after one flood $after1 MB ($rows1 events counted), after two $after2 MB ($rows2 events counted)"
