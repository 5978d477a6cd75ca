#!/usr/bin/env bash
# Builds what is missing and starts IO-EDC on Payara Micro at http://localhost:${EDC_PORT:-8080}.
# Default database: embedded H2 under ./data (kept across restarts), with the demo study.
# Payara settings applied at each start (no Server header, no anonymous /metrics): deploy/src/main/payara.
# PostgreSQL: set EDC_DB_CLASS=org.postgresql.ds.PGSimpleDataSource, EDC_DB_URL, EDC_DB_USER, EDC_DB_PASSWORD.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bundle="$root/deploy/target/bundle"
newest_source=$(find forms ejb fhir web deploy/src pom.xml -newer "$bundle/ioedc.war" -type f 2>/dev/null | head -1 || true)
if [ ! -f "$bundle/ioedc.war" ] || [ ! -f "$bundle/payara-micro.jar" ] || [ ! -f "$bundle/post-boot-commands.asadmin" ] \
   || [ -n "$newest_source" ]; then
  echo "Building IO-EDC (mvn -B -DskipTests package) ..."
  mvn -B -q -DskipTests -pl deploy -am package
fi
mkdir -p "$root/data"
port="${EDC_PORT:-8080}"
exec java -Duser.timezone=UTC ${EDC_JAVA_OPTS:--Xmx1g} -jar "$bundle/payara-micro.jar" \
  --deploy "$bundle/ioedc.war" --contextroot / \
  --port "$port" --nocluster --rootdir "$root/data/payara" \
  --postbootcommandfile "$bundle/post-boot-commands.asadmin" "$@"
