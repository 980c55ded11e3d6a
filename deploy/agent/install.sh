#!/bin/sh
# Installs the synckit deploy agent: jar, systemd unit, sample pipeline and env file (secret generated once).
# Idempotent: an existing config or env file is never overwritten. --root DIR installs under DIR (for tests and
# images); without it the unit is enabled when systemd runs.
set -eu

root=""
jar=""
while [ $# -gt 0 ]; do
  case "$1" in
    --root) root="${2:?--root needs a directory}"; shift 2 ;;
    --jar) jar="${2:?--jar needs a path}"; shift 2 ;;
    -h|--help) echo "usage: install.sh [--root DIR] [--jar PATH]"; exit 0 ;;
    *) echo "install.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
done

here=$(cd "$(dirname "$0")" && pwd)
[ -n "$jar" ] || jar="$here/../../agent/target/synckit-agent.jar"
[ -f "$jar" ] || { echo "install.sh: no agent jar at $jar (build: ./mvnw -q -DskipTests package)" >&2; exit 1; }

if [ -z "$root" ] && [ "$(id -u)" -eq 0 ] && ! id synckit-agent >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/synckit-agent --shell /usr/sbin/nologin synckit-agent
  getent group docker >/dev/null && usermod -aG docker synckit-agent
fi

install -d -m 0755 "$root/opt/synckit" "$root/etc/systemd/system"
install -d -m 0750 "$root/etc/synckit" "$root/var/lib/synckit-agent"
install -m 0644 "$jar" "$root/opt/synckit/synckit-agent.jar"
install -m 0644 "$here/synckit-agent.service" "$root/etc/systemd/system/synckit-agent.service"

if [ ! -e "$root/etc/synckit/deploy-agent.yaml" ]; then
  install -m 0640 "$here/deploy-agent.sample.yaml" "$root/etc/synckit/deploy-agent.yaml"
fi

env_file="$root/etc/synckit/deploy-agent.env"
if [ ! -e "$env_file" ]; then
  secret=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
  umask 077
  printf 'DEPLOY_AGENT_SECRET=%s\nDEPLOY_AGENT_HOST=127.0.0.1\nDEPLOY_AGENT_PORT=7777\n' "$secret" > "$env_file"
  chmod 0600 "$env_file"
fi

if [ -z "$root" ] && [ "$(id -u)" -eq 0 ]; then
  chown -R synckit-agent:synckit-agent /var/lib/synckit-agent
  chown root:synckit-agent /etc/synckit /etc/synckit/deploy-agent.yaml
  chown synckit-agent:synckit-agent "$env_file"
  if command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then
    systemctl daemon-reload
    systemctl enable --now synckit-agent.service
  fi
fi
echo "installed synckit-agent under ${root:-/}"
