#!/usr/bin/env bash
# Creates the Payara domain the integration tests run on (once per `mvn clean`): its own
# --portbase so the tests never collide with a running DanhGia (8080/4848), and the same
# settings as production (config/domain.asadmin).
set -euo pipefail
payara_home=$1; domain=$2; portbase=$3; config_file=$4
asadmin="$payara_home/bin/asadmin"
domains="$payara_home/glassfish/domains"
admin_port=$((portbase + 48))

if [ -f "$domains/$domain/config/domain.xml" ] && [ -f "$domains/$domain/.configured" ] \
   && [ "$domains/$domain/.configured" -nt "$config_file" ]; then
  echo "Test domain $domain is ready."
  exit 0
fi
rm -rf "${domains:?}/$domain"
"$asadmin" create-domain --nopassword=true --portbase "$portbase" "$domain"
"$asadmin" start-domain "$domain"
out=$("$asadmin" --port "$admin_port" multimode --file "$config_file" 2>&1 || true)
echo "$out"
"$asadmin" stop-domain "$domain"
if echo "$out" | grep -q "Command .* failed"; then
  echo "Applying $config_file to $domain failed" >&2
  exit 1
fi
touch "$domains/$domain/.configured"
