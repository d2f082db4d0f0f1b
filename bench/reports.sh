#!/usr/bin/env bash
# Times `assure reports generate --all`: every council's latest assessment as HTML and PDF.
# Starts Assure on a scratch database so the demonstration data set gives all 153 councils a
# scored assessment, then runs the command against the same database and prints the wall time of
# the whole command (JVM and application start included) and the command's own figure.
# Usage: bench/reports.sh [threads, default: the number of processors]
set -euo pipefail
cd "$(dirname "$0")/.."
threads=${1:-$(nproc)}
port=18082
work=$(mktemp -d)
[ -f target/assure.jar ] || ./mvnw -q -B package -DskipTests
# A copy, so a rebuild while this runs cannot pull the classes from under the server.
cp target/assure.jar "$work/assure.jar"
export ASSURE_DB_DATA_DIRECTORY="$work/postgres"

java -jar "$work/assure.jar" --server.port=$port > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 180); do curl -sf -o /dev/null "http://localhost:$port/councils" && break; sleep 1; done
# The server is idle from here on; it only shares its database with the command.

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
java -jar "$work/assure.jar" reports generate --all --out "$work/reports" --threads "$threads" \
  > "$work/generate.log"
seconds=$(echo "$(date +%s.%N) - $start" | bc)
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

head -1 "$work/generate.log"
tail -1 "$work/generate.log"
grep -o 'in [0-9.]* s$' "$work/generate.log" | awk '{print $2}' | sort -n | awk '
  { t[NR] = $1 } END { printf "per report (one thread'"'"'s view): median %.2f s, 95th percentile %.2f s\n", t[int(NR * 0.5)], t[int(NR * 0.95)] }'
printf 'files: %d PDF, %d HTML, %s in all\n' "$(ls "$work/reports"/*.pdf | wc -l)" \
  "$(ls "$work/reports"/*.html | wc -l)" "$(du -sh "$work/reports" | cut -f1)"
printf 'reports generate --all (whole command, JVM start included): %.1f s\n' "$seconds"
