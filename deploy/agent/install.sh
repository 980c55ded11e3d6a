#!/bin/sh
# Installs the synckit deploy agent: jar and its launcher, systemd unit, sample pipeline and env file (secret generated once).
# Idempotent: an existing config or env file is never overwritten. --root DIR installs under DIR (for tests and
# images); without it the unit is enabled when systemd runs.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib/install-steps.sh"
parse_install_args "$here/../../agent/target/synckit-agent.jar" "$@"

ensure_system_user synckit-agent /var/lib/synckit-agent docker
install_common_dirs
install -d -m 0750 "$root/var/lib/synckit-agent"
install -m 0644 "$jar" "$root/opt/synckit/synckit-agent.jar"
install_launcher synckit-agent
install -m 0644 "$here/synckit-agent.service" "$root/etc/systemd/system/synckit-agent.service"
install_once "$here/deploy-agent.sample.yaml" "$root/etc/synckit/deploy-agent.yaml" 0640

env_file="$root/etc/synckit/deploy-agent.env"
write_env_once "$env_file" <<ENV
DEPLOY_AGENT_SECRET=$(random_secret)
DEPLOY_AGENT_HOST=127.0.0.1
DEPLOY_AGENT_PORT=7777
ENV

if installing_system; then
  chown -R synckit-agent:synckit-agent /var/lib/synckit-agent
  chown root:synckit-agent /etc/synckit/deploy-agent.yaml
  chown synckit-agent:synckit-agent "$env_file"
fi
enable_unit synckit-agent.service
echo "installed synckit-agent under ${root:-/}"
