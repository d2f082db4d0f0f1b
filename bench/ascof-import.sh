#!/usr/bin/env bash
# Imports a generated ASCOF-shaped file (150,000 rows by default) and compares the time with
# PostgreSQL's COPY of the same rows into a bare table on the same database. Three figures:
#  1. `assure import ascof` as a whole command (a new JVM: start-up included), and the import's own
#     work as that command reports it (reading and checking, with storing alongside);
#  2. the same file uploaded by an analyst to the running server's import page: first for new
#     periods (new figures; the first upload after start-up is cold, and those from the third on
#     are counted as warm, the service's usual state), then again for the same period (a
#     re-import, which changes nothing).
#     Each is timed from the database's record of the job, from the upload saved to the import
#     finished, with the server's own log of reading and storing;
#  3. `\copy` of the same file into a bare table through psql, several times, as psql times it.
# Usage: bench/ascof-import.sh [rows, default 150000] [uploads of each kind, default 6, at least 3]
# ASSURE_JAR=path/to/assure.jar measures another build (default target/assure.jar).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-150000}
uploads=${2:-6}
work=$(mktemp -d -p "${TMPDIR:-/tmp}")
port=18081
base="http://localhost:$port"
jar=${ASSURE_JAR:-target/assure.jar}
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
export ASSURE_DB_DATA_DIRECTORY="$work/postgres"
echo "Load before: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) on $(nproc) cores"

# An ASCOF-shaped file: every council, measure, breakdown and measure type, long format.
python3 - "$rows" "$work/ascof.csv" <<'PY'
import csv, sys
rows, path = int(sys.argv[1]), sys.argv[2]
councils = [r for r in csv.DictReader(open("src/main/resources/data/councils/councils-with-adult-social-care.csv"))]
types = ["Numerator", "Denominator", "Outcome", "Base", "Margin of Error"]
with open(path, "w", newline="") as out:
    w = csv.writer(out)
    w.writerow(["Geographical Code", "Geographical Description", "Geographical Level", "ONS Code",
                "ASCOF Measure Code", "Disaggregation Level", "Measure Type", "Measure Value",
                "Measure Group", "Measure Group Description"])
    n = 0
    measure = 0
    while n < rows:
        code = f"M{measure // 20}({measure % 20})"
        for i, c in enumerate(councils):
            for t in types:
                if n >= rows:
                    break
                value = {"Numerator": 800 + i, "Denominator": 1000 + i, "Outcome": round(100 * (800 + i) / (1000 + i), 1),
                         "Base": 1000 + i, "Margin of Error": 2.5}[t]
                w.writerow([f"{100 + i}", c["nice-name"], "Local authority", c["gss-code"], code, "Total", t, value, code, "Generated"])
                n += 1
        measure += 1
PY
echo "Generated $(($(wc -l < "$work/ascof.csv") - 1)) rows ($(du -h "$work/ascof.csv" | cut -f1))"

# A running server on the scratch database, which the import command then shares.
java -jar "$jar" --server.port=$port --assure.demo.enabled=false > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "$base/councils" && break; sleep 1; done
pgport=$(sed -n 4p "$work/postgres/postmaster.pid")
sql() { psql -qtA -h 127.0.0.1 -p "$pgport" -U postgres assure -c "$1"; }

# 1. The import command, a new JVM.
start=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$work/rss" java -jar "$jar" import ascof "$work/ascof.csv" \
  --period 2022-23 2>/dev/null > "$work/command.out"
command_seconds=$(echo "$(date +%s.%N) - $start" | bc)
rss_mb=$(( $(cat "$work/rss") / 1024 ))
cat "$work/command.out"
command_tail=$(grep -o '[0-9.]* s of it after' "$work/command.out" | cut -d' ' -f1 || true)
command_work=$(grep -o 'stored in [0-9.]* s' "$work/command.out" | grep -o '[0-9.]*')

# 2. The same file uploaded by an analyst to the running server, several times.
link=$(java -jar "$jar" users add --email analyst@bench.example --role analyst 2>/dev/null \
  | grep -o 'http[^ ]*invitations/[^ ]*' | sed "s#http://[^/]*#$base#")
cookies="$work/cookies"
token() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"//'; }
csrf=$(curl -s -c "$cookies" -b "$cookies" "$link" | token)
curl -s -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "_csrf=$csrf" \
  --data-urlencode "password=a long bench passphrase 2026" --data-urlencode "confirmation=a long bench passphrase 2026" "$link"
csrf=$(curl -s -c "$cookies" -b "$cookies" "$base/sign-in" | token)
curl -s -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "_csrf=$csrf" \
  --data-urlencode "email=analyst@bench.example" --data-urlencode "password=a long bench passphrase 2026" "$base/sign-in"
# Each upload is timed from the database's record of its job (upload saved to import finished).
upload() {
  local period=$1 csrf location job status seconds
  csrf=$(curl -s -c "$cookies" -b "$cookies" "$base/staff/indicators" | token)
  [ -n "$csrf" ] || { echo "Could not sign in as the analyst"; exit 1; }
  location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$cookies" -b "$cookies" -F "_csrf=$csrf" \
    -F layout=ascof -F "period=$period" -F "file=@$work/ascof.csv;type=text/csv" "$base/staff/indicators/imports")
  job=${location##*/}
  [ -n "$job" ] || { echo "The upload was refused"; tail -20 "$work/server.log"; exit 1; }
  # Waits inside one database session rather than starting psql again and again, which would
  # take processor time from the import being measured.
  sql "DO \$\$ BEGIN FOR i IN 1..600 LOOP EXIT WHEN (SELECT status FROM import_jobs WHERE id =
       '$job') <> 'running'; PERFORM pg_sleep(0.05); END LOOP; END \$\$"
  status=$(sql "SELECT status FROM import_jobs WHERE id = '$job'")
  [ "$status" = imported ] || { echo "Import for $period: $status"; sql "SELECT report FROM import_jobs WHERE id = '$job'"; exit 1; }
  seconds=$(sql "SELECT round(extract(epoch FROM finished_at - started_at), 3) FROM import_jobs WHERE id = '$job'")
  echo "$seconds" > "$work/last"
  printf '  %s: %.3f s; %s\n' "$period" "$seconds" \
    "$(grep -o "Import $job.*" "$work/server.log" | sed "s/Import $job of [^:]*: //")"
}
# New figures: each upload is for a period not imported before.
echo "service imports of new figures (each for another period):"
fresh=()
for n in $(seq 1 "$uploads"); do
  upload "$((2010 + n))-$((11 + n))"
  fresh+=("$(cat "$work/last")")
done
# The same file again: a re-import, which changes nothing.
echo "service re-imports of the same file and period:"
again=()
for _ in $(seq 1 "$uploads"); do
  upload "$((2010 + uploads))-$((11 + uploads))"
  again+=("$(cat "$work/last")")
done
values=$(sql "SELECT count(*) FROM indicator_values WHERE source = 'ascof'")
server_mb=$(( $(awk '/VmHWM/ { print $2 }' "/proc/$server/status") / 1024 ))

# 3. COPY of the same rows into a bare table, several times.
copies=()
for n in 1 2 3; do
  sql "DROP TABLE IF EXISTS bench_copy; CREATE TABLE bench_copy (geo text, name text, level text, ons text, measure text, breakdown text, type text, value text, grp text, grp_description text)"
  # psql's own timing of the copy: reading the file, sending it and storing it, without the time
  # psql takes to start and connect (the import's figures leave out the upload in the same way).
  ms=$(psql -qtA -h 127.0.0.1 -p "$pgport" -U postgres assure -c '\timing on' \
    -c "\\copy bench_copy FROM '$work/ascof.csv' CSV HEADER" | grep -o 'Time: [0-9.]*' | cut -d' ' -f2)
  copies+=("$(echo "scale=3; $ms / 1000" | bc)")
done
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
copy_seconds=$(median "${copies[@]}")
warm=$(median "${fresh[@]:2}")
reimport=$(median "${again[@]}")
echo
printf 'COPY into a bare table: median %.3f s (runs: %s)\n' "$copy_seconds" "${copies[*]}"
printf 'import ascof, whole command (JVM start included): %.2f s, peak memory %d MB; ratio %.1f\n' \
  "$command_seconds" "$rss_mb" "$(echo "$command_seconds / $copy_seconds" | bc -l)"
printf 'import ascof, its own work as the command reports it: %.2f s (%s s of it after the last row was read); ratio %.1f\n' \
  "$command_work" "$command_tail" "$(echo "$command_work / $copy_seconds" | bc -l)"
printf 'service import of new figures, first after start-up: %.3f s; ratio %.1f\n' \
  "${fresh[0]}" "$(echo "${fresh[0]} / $copy_seconds" | bc -l)"
printf 'service import of new figures, warm (from the third): median %.3f s (runs: %s); ratio %.2f\n' \
  "$warm" "${fresh[*]:2}" "$(echo "$warm / $copy_seconds" | bc -l)"
printf 'service re-import of the same file, warm: median %.3f s (runs: %s); ratio %.2f\n' \
  "$reimport" "${again[*]}" "$(echo "$reimport / $copy_seconds" | bc -l)"
printf '%s ASCOF values stored in all; peak memory of the server process %d MB\n' "$values" "$server_mb"
