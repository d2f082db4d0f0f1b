#!/usr/bin/env bash
# Measures how fast the public pages are served once warm: starts Assure on a scratch database,
# warms each page up, then times sequential requests with curl and prints the median and 95th
# percentile in milliseconds.
# Usage: bench/pages.sh [requests per page, default 300]
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-300}
port=18080
data=$(mktemp -d)
[ -f target/assure.jar ] || ./mvnw -q -B package -DskipTests

java -jar target/assure.jar --server.port=$port --assure.db.data-directory="$data/postgres" \
  > "$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT

for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://localhost:$port/councils" && break
  sleep 1
done

printf '%-28s %8s %8s\n' page median_ms p95_ms
for page in /councils /councils/E09000007 /national /api/v1/councils /api/v1/councils/E09000007; do
  for _ in $(seq 1 200); do curl -s -o /dev/null "http://localhost:$port$page"; done
  for _ in $(seq 1 "$requests"); do
    curl -s -o /dev/null -w '%{time_total}\n' "http://localhost:$port$page"
  done | sort -n | awk -v page="$page" '
    { t[NR] = $1 * 1000 }
    END { printf "%-28s %8.1f %8.1f\n", page, t[int(NR * 0.5)], t[int(NR * 0.95)] }'
done
