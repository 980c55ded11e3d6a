#!/usr/bin/env bash
# Does pruning stall event intake? p99 of authenticated POST /events/new-version (distinct events, each stored),
# paced at about RATE per second, in three windows on one running service: nothing pruning (the floor); while
# `synckit prune` starts and finds nothing (what the second JVM alone costs on this machine); while it removes OLD
# expired events (100,000 by default), written after the service's own start-up prune, 1,000 per transaction.
# Store: PostgreSQL (replicas prune through the same batches), a schema of its own, dropped after.
# Usage: bench/retention/run.sh   (env: OLD=100000 FLOOR=10 RATE=500 CONNECTIONS=16 and SYNCKIT_TEST_PG_URL,
#        SYNCKIT_TEST_PG_USER, SYNCKIT_TEST_PG_PASSWORD as ../shared/tools/postgres.sh start exports them)
set -euo pipefail
cd "$(dirname "$0")/../.."
OLD=${OLD:-100000}
FLOOR=${FLOOR:-10}
RATE=${RATE:-500}
CONNECTIONS=${CONNECTIONS:-16}

source bench/lib.sh
require_jdk
for tool in wrk psql; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 1; }
done
: "${SYNCKIT_TEST_PG_URL:?bench: start PostgreSQL (eval \"\$(../shared/tools/postgres.sh start)\")}"
[ -f app/target/synckit.jar ] || ./mvnw -q -B -DskipTests package -pl app -am
jar=$PWD/app/target/synckit.jar

# jdbc:postgresql://host:port/db -> a libpq URL for psql
server=${SYNCKIT_TEST_PG_URL#jdbc:postgresql://}
export PGPASSWORD=$SYNCKIT_TEST_PG_PASSWORD
pg="postgresql://$SYNCKIT_TEST_PG_USER@${server%%\?*}"
schema=bench_retention_$$
export SYNCKIT_DB_URL="$SYNCKIT_TEST_PG_URL?currentSchema=$schema" SYNCKIT_DB_USER=$SYNCKIT_TEST_PG_USER
export SYNCKIT_DB_PASSWORD=$SYNCKIT_TEST_PG_PASSWORD SYNCKIT_PLAYGROUND=false
export BENCH_SECRET=bench-secret-$RANDOM

work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  psql -q "$pg" -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
psql -q "$pg" -c "CREATE SCHEMA $schema"

port=$(free_port)
( cd "$work" && SYNCKIT_HTTP_PORT=$port SYNCKIT_EVENT_SECRET=$BENCH_SECRET exec "$JAVA_HOME/bin/java" -jar "$jar" \
    >"$work/service.log" 2>&1 ) &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/service.log" >&2; exit 1; }
  sleep 0.05
done

# wrk's paced load from a second before a command to a second after it (wrk prints its figures when interrupted),
# and what a prune printed, with its wall-clock seconds
load_while() { # $1 = run name (keeps versions distinct), $2… = the command
  local name=$1 started wrk_pid; shift
  BENCH_RUN=$name BENCH_DELAY_MS=$(( CONNECTIONS * 1000 / RATE )) wrk -t2 -c"$CONNECTIONS" -d600s \
    -s bench/service/new-version.lua "http://127.0.0.1:$port" >"$work/$name.wrk" 2>&1 &
  wrk_pid=$!
  sleep 1
  started=$EPOCHREALTIME
  "$@" >"$work/$name.out" 2>&1 || { cat "$work/$name.out" >&2; exit 1; }
  awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }' >"$work/$name.seconds"
  sleep 1
  kill -INT "$wrk_pid"; wait "$wrk_pid" || true
  grep -E "Requests/sec|LATENCY|Non-2xx|Socket errors" "$work/$name.wrk"
  if grep -qE '^synckit prune:' "$work/$name.out"; then
    echo "$(grep -E '^synckit prune:' "$work/$name.out") — $(cat "$work/$name.seconds") s, JVM start included"
  fi
}

prune() {
  env -u SYNCKIT_EVENT_SECRET "$JAVA_HOME/bin/java" -jar "$jar" prune
}

BENCH_RUN=warmup BENCH_DELAY_MS=$(( CONNECTIONS * 1000 / RATE )) wrk -t2 -c"$CONNECTIONS" -d5s \
  -s bench/service/new-version.lua "http://127.0.0.1:$port" >/dev/null
echo "-- floor: POST /events/new-version at about $RATE/s, nothing pruning (${FLOOR}s)"
load_while floor sleep "$FLOOR"
echo "-- the same load while \`synckit prune\` starts and finds nothing expired (the prune JVM's own cost)"
load_while idle prune
echo "writing $OLD events received 200 days ago…"
psql -q "$pg" -c "INSERT INTO $schema.new_version_event (package_name, version, body, apk_ref, proto_sha,
  detected_at, state, attempts, received_at, claimed_at)
  SELECT 'old.app', 'v' || g, '{}', '/x/base.apk', 'deadbeef', '2026-01-01T00:00:00Z', 'HANDLED', 1,
         now() - interval '200 days', now() - interval '200 days' FROM generate_series(1, $OLD) AS g"
echo "-- the same load while \`synckit prune\` removes them, 1,000 per transaction"
load_while pruning prune
echo "expired events left: $(psql -qtA "$pg" -c "SELECT COUNT(*) FROM $schema.new_version_event
  WHERE package_name = 'old.app'")"
