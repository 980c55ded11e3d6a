#!/bin/sh
# Installs the synckit service: jar and its launcher, systemd unit, sample synckit.yaml and an env file whose event secret and API
# token are generated once. Idempotent: an existing config or env file is never overwritten. --root DIR installs
# under DIR (for tests and images); without it the unit is enabled when systemd runs.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib/install-steps.sh"
parse_install_args "$here/../../app/target/synckit.jar" "$@"

ensure_system_user synckit /var/lib/synckit
install_common_dirs
install -d -m 0750 "$root/var/lib/synckit"
install -m 0644 "$jar" "$root/opt/synckit/synckit.jar"
install_launcher synckit
install -m 0644 "$here/synckit.service" "$root/etc/systemd/system/synckit.service"
install_once "$here/synckit.sample.yaml" "$root/etc/synckit/synckit.yaml" 0640

env_file="$root/etc/synckit/synckit.env"
write_env_once "$env_file" <<ENV
# Secrets and Discord settings of the synckit service (read by systemd; mode 0600). Every key: config/README.md.
# Without DISCORD_TOKEN no Discord bot runs (the HTTP API, events and deployments still do); a server never runs the
# playground, whose page has no login.
SYNCKIT_PLAYGROUND=false
#DISCORD_TOKEN=
#DISCORD_APP_ID=
#DISCORD_GUILD_ID=
#DISCORD_DEPLOY_CHANNEL_ID=
#DISCORD_MAINTAINER_ROLE_IDS=
#SYNCKIT_DB_PASSWORD=
#DEPLOY_AGENT_SECRET=
SYNCKIT_EVENT_SECRET=$(random_secret)
SYNCKIT_API_TOKEN=$(random_secret)
ENV

if installing_system; then
  chown -R synckit:synckit /var/lib/synckit
  chown root:synckit /etc/synckit/synckit.yaml
fi
enable_unit synckit.service
echo "installed synckit under ${root:-/}"
