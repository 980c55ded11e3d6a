#!/usr/bin/env bash
# A newcomer's first minute: clone the repository into a temporary directory (the Maven cache in ~/.m2 stays warm),
# run `./dev run` there without DISCORD_TOKEN on a free port and a fresh data directory, and time until
# /playground answers 200. That covers the build, the first start (migrations, the demo repository, the agent, the
# emulator, the bot's login and command registration) and the page.
# Usage: bench/playground/run.sh   (env: TIMEOUT=300)
set -euo pipefail
cd "$(dirname "$0")/../.."
TIMEOUT=${TIMEOUT:-300}

source bench/lib.sh
require_jdk

work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

git clone -q --branch "$(git rev-parse --abbrev-ref HEAD)" "$PWD" "$work/synckit"
port=$(free_port)
url="http://127.0.0.1:$port/playground"

t0=$(date +%s%N)
( cd "$work/synckit" && unset DISCORD_TOKEN && SYNCKIT_HTTP_PORT="$port" SYNCKIT_DATA_DIR="$work/data" \
    exec ./dev run >"$work/run.log" 2>&1 ) &
pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = 200 ]; do
  if ! kill -0 "$pid" 2>/dev/null; then echo "bench: ./dev run stopped:" >&2; tail -20 "$work/run.log" >&2; exit 1; fi
  if [ $(( ($(date +%s%N) - t0) / 1000000000 )) -ge "$TIMEOUT" ]; then echo "bench: no 200 within ${TIMEOUT}s" >&2; exit 1; fi
  sleep 0.1
done
t1=$(date +%s%N)

grep -q "synckit playground: open $url" "$work/run.log" || { echo "bench: the URL was not printed" >&2; exit 1; }
inside=$(grep -oE 'started in [0-9]+ ms' "$work/run.log" | grep -oE '[0-9]+' || echo "?")
echo "fresh clone, ./dev run → GET /playground 200: $(( (t1 - t0) / 1000000 )) ms (of which the service's own start: $inside ms)"
