#!/usr/bin/env bash
# Backup and restore of an H2 store with COUNT finished deployments (each with two steps, two progress lines and an
# audit entry), as an operator runs them: `synckit backup FILE` (the launcher), then `restore FILE` into an empty
# data directory. Wall-clock seconds per command, JVM start included (median of RUNS), and the file's size.
# Usage: bench/backup/run.sh   (env: COUNT=10000 RUNS=3)
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${COUNT:-10000}
RUNS=${RUNS:-3}

source bench/lib.sh
require_jdk
[ -x app/target/synckit ] || ./mvnw -q -B -DskipTests package
jar=$PWD/app/target/synckit.jar
synckit=$PWD/app/target/synckit

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "filling an H2 store with $COUNT deployments…"
"$JAVA_HOME/bin/java" -cp "$jar" bench/backup/FillStore.java "$work/source" "$COUNT" >"$work/fill.log" 2>&1 \
  || { cat "$work/fill.log" >&2; exit 1; }

# wall-clock seconds of one command; its output goes to the logs, an error fails the run
seconds() {
  local start=$EPOCHREALTIME
  "$@" >>"$work/out.log" 2>>"$work/err.log" || { cat "$work/err.log" >&2; exit 1; }
  awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }'
}

# not counted: the launcher's first start of a new jar makes its AOT cache
export SYNCKIT_AOT_CACHE=$work/synckit.aot
seconds env SYNCKIT_DATA_DIR="$work/source" "$synckit" backup "$work/b.gz" >/dev/null
backups=(); restores=()
for _ in $(seq "$RUNS"); do
  backups+=("$(seconds env SYNCKIT_DATA_DIR="$work/source" "$synckit" backup "$work/b.gz")")
  rm -rf "$work/target"
  restores+=("$(seconds env SYNCKIT_DATA_DIR="$work/target" "$synckit" restore "$work/b.gz")")
done
[ ! -s "$work/err.log" ] || { cat "$work/err.log" >&2; exit 1; }

echo "deployments:          $COUNT"
echo "backup file:          $(du -k "$work/b.gz" | cut -f1) KiB"
echo "backup  (s, median):  $(median "${backups[@]}")"
echo "restore (s, median):  $(median "${restores[@]}")"
