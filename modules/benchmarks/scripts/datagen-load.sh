#!/usr/bin/env bash
# Measures loading the datasets of modules/datagen into a fresh MariaDB database:
#   1. drops and recreates the database (default datagen_dev) and applies the organisation migrations
#      (all of them, or up to MAX_VERSION);
#   2. loads the demo district (DemoDataset, one transaction);
#   3. loads `scale N` (ScaleDataset, default 200000 people, one transaction) next to it;
#   4. prints the row counts of every org_* table.
# The load times and rows/s are measured inside the JVM (generation + JDBC batches + commit).
#
# Usage: modules/benchmarks/scripts/datagen-load.sh [people] [database]
# Env:   DB_HOST (127.0.0.1), DB_PORT (3306), DB_USER (root), DB_PASSWORD (empty), JDBC_PARAMS (e.g. "?useBulkStmts=true"),
#        MAX_VERSION (e.g. 2: schema V1+V2 only; the writer fills V3 columns only when they exist)
# Only ever touches the database named on the command line.
set -euo pipefail
PEOPLE="${1:-200000}"
DB="${2:-datagen_dev}"
HOST="${DB_HOST:-127.0.0.1}"
PORT="${DB_PORT:-3306}"
USER_="${DB_USER:-root}"
PASS="${DB_PASSWORD:-}"
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
MIGRATIONS="$ROOT/modules/organization/src/main/resources/db/migration/organization"
URL="jdbc:mariadb://$HOST:$PORT/$DB${JDBC_PARAMS:-}"
mysql_() { mariadb -u"$USER_" ${PASS:+-p"$PASS"} -h"$HOST" -P"$PORT" "$@"; }

echo "== fresh database $DB"
mysql_ -e "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
# every organisation migration in version order (V1, V2, V3…); MAX_VERSION=2 stops after V2
for f in $(ls "$MIGRATIONS"/V*__*.sql | sort -V); do
  v="$(basename "$f" | sed -E 's/^V([0-9]+)__.*/\1/')"
  if [ -n "${MAX_VERSION:-}" ] && [ "$v" -gt "$MAX_VERSION" ]; then break; fi
  echo "   $(basename "$f")"
  mysql_ "$DB" < "$f"
done

cd "$ROOT"
./mvnw -q -B install -pl modules/datagen -am -DskipTests
PASSARG="${PASS:-''}"
echo "== demo"
/usr/bin/time -f "wall %e s (including Maven start)" ./mvnw -q -pl modules/datagen exec:java -Dexec.args="demo $URL $USER_ $PASSARG"
echo "== scale $PEOPLE"
/usr/bin/time -f "wall %e s (including Maven start)" ./mvnw -q -pl modules/datagen exec:java -Dexec.args="scale $PEOPLE $URL $USER_ $PASSARG"
echo "== rows"
mysql_ "$DB" -e "SELECT 'org_unit' t, COUNT(*) n FROM org_unit UNION ALL SELECT 'org_unit_event', COUNT(*) FROM org_unit_event
  UNION ALL SELECT 'org_unit_event_unit', COUNT(*) FROM org_unit_event_unit UNION ALL SELECT 'org_person', COUNT(*) FROM org_person
  UNION ALL SELECT 'org_membership', COUNT(*) FROM org_membership UNION ALL SELECT 'org_grade_appointment', COUNT(*) FROM org_grade_appointment
  UNION ALL SELECT 'org_qualification', COUNT(*) FROM org_qualification UNION ALL SELECT 'org_emulation_title', COUNT(*) FROM org_emulation_title
  UNION ALL SELECT 'org_legal_participation', COUNT(*) FROM org_legal_participation UNION ALL SELECT 'org_absence', COUNT(*) FROM org_absence
  UNION ALL SELECT 'org_discipline', COUNT(*) FROM org_discipline UNION ALL SELECT 'org_inspection', COUNT(*) FROM org_inspection;"
