#!/bin/sh
# The launcher of synckit's jars: the build copies this one file beside each jar as app/target/synckit (runs
# synckit.jar) and agent/target/synckit-agent (runs synckit-agent.jar); its own name says which. It holds the JVM
# options (nothing else does: ./dev run, the systemd units and the images start through it), finds a Java 25,
# keeps the JDK's AOT cache for the jar beside it, and execs the JVM so that signals and the exit code are the JVM's.
#   JAVA_OPTS                     added after the launcher's options (a later option wins)
#   SYNCKIT_AOT_CACHE             the service's AOT cache file (default: synckit.aot beside the jar); off: none
#   DEPLOY_AGENT_AOT_CACHE        the agent's, likewise (default: synckit-agent.aot beside the jar)
set -eu

# Every start runs this script, so its common path starts no program but the JVM and a few ls/find/cat.
name=${0##*/}
case "$0" in
  */*) here=$(cd "${0%/*}" && pwd) ;;
  *) here=$(pwd) ;;
esac
jar="$here/$name.jar"

# Bounded memory on purpose: the default heap is a quarter of the machine's memory, which a small service grows
# into. Serial GC has no GC threads and the smallest footprint; a small service never needs a parallel collector.
# The agent runs on C1 alone (TieredStopAtLevel=1): less compiled code and memory, and its work is waiting on
# processes. The service keeps C2: its start hashes its own jar for /verify (SHA-256 intrinsics are C2's: 75 ms
# instead of 200 measured here) and it stores events at a rate that C1's code does not reach.
# MALLOC_ARENA_MAX: glibc gives each thread its own malloc arena otherwise, which shows up as resident memory.
case "$name" in
  synckit-agent)
    options="-XX:+UseSerialGC -Xms8m -Xmx48m -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=16m -Xss512k"
    cache_variable=DEPLOY_AGENT_AOT_CACHE
    probe=""
    ;;
  *)
    options="-XX:+UseSerialGC -Xms16m -Xmx96m -XX:ReservedCodeCacheSize=32m -Xss512k"
    cache_variable=SYNCKIT_AOT_CACHE
    # the training asks /health through the jar's own probe (an image need not have curl)
    probe=dev.synckit.app.HealthProbe
    ;;
esac
: "${MALLOC_ARENA_MAX:=2}"
export MALLOC_ARENA_MAX

warn() {
  echo "$name: $*" >&2
}

# release_value FILE KEY: a value of a Java home's release file, without its quotes.
release_value() {
  [ -r "$1" ] || return 1
  while IFS='=' read -r key value; do
    if [ "$key" = "$2" ]; then value=${value#\"}; echo "${value%\"}"; return 0; fi
  done <"$1"
  return 1
}

# A Java home whose release file says 25 or later (reading it costs no JVM start).
is_java25() {
  [ -x "$1/bin/java" ] || return 1
  version=$(release_value "$1/release" JAVA_VERSION) || return 1
  feature=${version%%[!0-9]*}
  [ -n "$feature" ] && [ "$feature" -ge 25 ]
}

find_java_home() {
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25* \
      /usr/lib/jvm/java-25* /usr/lib/jvm/jdk-25*; do
    if [ -n "$candidate" ] && is_java25 "$candidate"; then echo "$candidate"; return 0; fi
  done
  if on_path=$(command -v java); then
    candidate=$(cd "$(dirname "$(readlink -f "$on_path")")/.." && pwd)
    if is_java25 "$candidate"; then echo "$candidate"; return 0; fi
  fi
  warn "no Java 25 found: install one (e.g. Temurin 25) or set JAVA_HOME"
  return 1
}

java_home=$(find_java_home) || exit 1
java="$java_home/bin/java"
[ -f "$jar" ] || { warn "no jar at $jar"; exit 1; }

# What a cache is valid for: this jar (its size and time) and this JDK (its place and exact version). The JVM
# refuses a cache made for another jar or JDK (and then starts without it), so a cache whose key differs, or whose
# jar is newer than its key, is made again rather than offered. Cheap on purpose: it runs at every start.
cache_key() {
  echo "jar $(file_stamp "$jar")"
  echo "java $java_home $(release_value "$java_home/release" JAVA_RUNTIME_VERSION)"
}

# A file's size and modification time as ls shows them.
file_stamp() {
  # shellcheck disable=SC2046 # ls's fields are words on purpose
  set -- $(ls -ln "$1" 2>/dev/null) && echo "$5 $6 $7 $8"
}

# The size the cache had when it was made: a cache cut short or overwritten since is made again.
cache_size() {
  # shellcheck disable=SC2046
  set -- $(ls -ln "$1" 2>/dev/null) && echo "$5"
}

# Trains the cache into $1 with a start of the jar on its own, away from the operator's configuration and data:
# the program starts on its defaults in a scratch directory, says where it listens, answers a few requests when it
# has a probe, and gets SIGTERM; the JVM
# writes the cache as it exits. Bounded: a training that does not finish in time is killed. Prints the last line
# the training wrote, which says why when no cache came out.
train() {
  output=$1
  scratch=$(mktemp -d "${TMPDIR:-/tmp}/$name-aot.XXXXXX") || return 0
  case "$name" in
    synckit-agent)
      printf 'name: aot-training\nsteps:\n  - shell: { run: "true" }\n' >"$scratch/deploy-agent.yaml"
      set -- DEPLOY_AGENT_SECRET=aot-training DEPLOY_AGENT_PORT=0 DEPLOY_AGENT_CONFIG="$scratch/deploy-agent.yaml" \
        DEPLOY_AGENT_DATA_DIR="$scratch/data"
      ;;
    *)
      set -- SYNCKIT_HTTP_HOST=127.0.0.1 SYNCKIT_HTTP_PORT=0 SYNCKIT_DATA_DIR="$scratch/data" SYNCKIT_PLAYGROUND=false
      ;;
  esac
  : >"$scratch/training.log"
  # shellcheck disable=SC2086 # options are words on purpose
  (cd "$scratch" && exec env -i PATH="$PATH" HOME="$scratch" MALLOC_ARENA_MAX="$MALLOC_ARENA_MAX" "$@" \
    "$java" $options -XX:AOTCacheOutput="$output" -jar "$jar") >>"$scratch/training.log" 2>&1 &
  training=$!
  waited=0
  until grep -q 'listening on' "$scratch/training.log"; do
    if ! kill -0 "$training" 2>/dev/null || [ "$waited" -ge 600 ]; then break; fi
    sleep 0.1
    waited=$((waited + 1))
  done
  # answering requests loads and links classes of its own: the cache holds them too when the training asked
  url=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$scratch/training.log")
  if [ -n "$probe" ] && [ -n "$url" ]; then
    for _ in 1 2 3; do
      "$java" -XX:+UseSerialGC -Xmx32m -cp "$jar" "$probe" "$url/health" >/dev/null 2>&1 || true
    done
  fi
  kill -TERM "$training" 2>/dev/null || true
  (sleep 120 && kill -KILL "$training") >/dev/null 2>&1 &
  watchdog=$!
  wait "$training" || true
  kill "$watchdog" 2>/dev/null || true
  tail -n 1 "$scratch/training.log"
  rm -rf "$scratch"
}

# Sets $aot to the JVM option that uses the cache, making the cache first when it is missing or stale. Never
# fails: whatever goes wrong is one warning line, and the program starts without the cache.
aot=""
use_aot_cache() {
  eval "cache=\${$cache_variable:-\$here/\$name.aot}"
  [ "$cache" = off ] && return 0
  key=$(cache_key)
  if [ -s "$cache" ] && [ -f "$cache.key" ] && [ -z "$(find "$jar" -newer "$cache.key")" ] \
      && [ "$(cat "$cache.key")" = "$key
size $(cache_size "$cache")" ]; then
    aot="-XX:AOTCache=$cache"
    return 0
  fi
  if [ ! -w "$(dirname "$cache")" ]; then
    warn "cannot write the AOT cache $cache (set $cache_variable, or off); starting without it"
    return 0
  fi
  # a notice on stdout, not a problem: a new jar (an upgrade) makes a new cache
  if [ -e "$cache" ]; then
    echo "$name: the AOT cache $cache is not for this jar and JDK: making it again"
  else
    echo "$name: no AOT cache at $cache yet: making it (once per jar and JDK)"
  fi
  last=$(train "$cache.training")
  if [ -s "$cache.training" ] && mv -f "$cache.training" "$cache" \
      && printf '%s\nsize %s\n' "$key" "$(cache_size "$cache")" >"$cache.key"; then
    aot="-XX:AOTCache=$cache"
  else
    rm -f "$cache.training"
    warn "could not make the AOT cache $cache (${last:-no output}); starting without it"
  fi
}

use_aot_cache
# shellcheck disable=SC2086 # options are words on purpose
exec "$java" $options $aot ${JAVA_OPTS:-} -jar "$jar" "$@"
