#!/usr/bin/env bash
# Builds what is missing and starts IO-EDC on Payara Micro at http://localhost:${EDC_PORT:-8080}.
# Default database: an embedded PostgreSQL server that the product starts and stops itself, its cluster under
# ${EDC_DATA_DIR:-./data}/postgresql (kept across restarts), with the demo study.
# Your own PostgreSQL: set EDC_DB_URL, EDC_DB_USER and EDC_DB_PASSWORD (then nothing embedded is started), and
# EDC_DB_MIGRATION_USER and EDC_DB_MIGRATION_PASSWORD for the role that owns the schema (README).
# Payara settings applied at each start (no Server header, no anonymous /metrics): deploy/src/main/payara.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bundle="$root/deploy/target/bundle"
newest_source=$(find forms ejb fhir web launcher deploy/src pom.xml -newer "$bundle/ioedc.war" -type f 2>/dev/null | head -1 || true)
if [ ! -f "$bundle/ioedc.war" ] || [ ! -f "$bundle/ioedc-launcher.jar" ] || [ ! -f "$bundle/post-boot-commands.asadmin" ] \
   || [ -n "$newest_source" ]; then
  echo "Building IO-EDC (mvn -B -DskipTests package) ..."
  mvn -B -q -DskipTests -pl deploy -am package
fi
data="${EDC_DATA_DIR:-$root/data}"
mkdir -p "$data"
export EDC_DATA_DIR="$data"
port="${EDC_PORT:-8080}"
exec java -Duser.timezone=UTC ${EDC_JAVA_OPTS:--Xmx1g} -jar "$bundle/ioedc-launcher.jar" \
  --deploy "$bundle/ioedc.war" --contextroot / \
  --port "$port" --nocluster --rootdir "$data/payara" \
  --postbootcommandfile "$bundle/post-boot-commands.asadmin" "$@"
