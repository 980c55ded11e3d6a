# Steps shared by deploy/*/install.sh (sourced, not run): arguments, the system user, files installed once, the
# env file of secrets, enabling the unit. Installing into a --root only writes files: no user, no chown, no systemctl.

usage_and_exit() {
  echo "usage: $(basename "$0") [--root DIR] [--jar PATH]"
  exit "$1"
}

# Sets $root and $jar from the arguments; $1 is the jar used when --jar is not given.
parse_install_args() {
  jar="$1"; shift
  root=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --root) root="${2:?--root needs a directory}"; shift 2 ;;
      --jar) jar="${2:?--jar needs a path}"; shift 2 ;;
      -h|--help) usage_and_exit 0 ;;
      *) echo "$(basename "$0"): unknown argument: $1" >&2; usage_and_exit 2 >&2 ;;
    esac
  done
  [ -f "$jar" ] || { echo "$(basename "$0"): no jar at $jar (build: ./mvnw -q -DskipTests package)" >&2; exit 1; }
}

# True when installing for real: into / as root. Only then are users created, owners set and units enabled.
installing_system() {
  [ -z "$root" ] && [ "$(id -u)" -eq 0 ]
}

# ensure_system_user NAME HOME [SUPPLEMENTARY_GROUP]: the group is added only when it exists on the host.
ensure_system_user() {
  installing_system || return 0
  id "$1" >/dev/null 2>&1 || useradd --system --user-group --home-dir "$2" --shell /usr/sbin/nologin "$1"
  if [ -n "${3:-}" ] && getent group "$3" >/dev/null; then usermod -aG "$3" "$1"; fi
}

# The directories every synckit install uses: /etc/synckit is shared by the service and the agent, so it stays
# world-traversable and each file in it carries its own mode.
install_common_dirs() {
  install -d -m 0755 "$root/opt/synckit" "$root/etc/systemd/system" "$root/etc/synckit"
}

# install_launcher NAME: /opt/synckit/NAME runs /opt/synckit/NAME.jar (the launcher takes the jar's name from its own).
install_launcher() {
  install -m 0755 "$(dirname "$0")/../lib/launcher.sh" "$root/opt/synckit/$1"
}

# install_once SRC DEST MODE: a file the operator edits (a config) is installed once and never overwritten.
install_once() {
  [ -e "$2" ] || install -m "$3" "$1" "$2"
}

random_secret() {
  head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n'
}

# write_env_once FILE: the text on stdin becomes FILE, mode 0600, unless FILE exists (secrets are made once).
write_env_once() {
  if [ -e "$1" ]; then cat >/dev/null; return 0; fi
  (umask 077 && cat >"$1")
  chmod 0600 "$1"
}

# enable_unit NAME: after a system install, when systemd runs (not in a container or a build root).
enable_unit() {
  installing_system || return 0
  if command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then
    systemctl daemon-reload
    systemctl enable --now "$1"
  fi
}
