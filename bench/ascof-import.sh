#!/usr/bin/env bash
# Imports a generated 150,000-row ASCOF-shaped file with `assure import ascof` and compares the
# time with PostgreSQL's COPY of the same rows into a bare table on the same database.
# Usage: bench/ascof-import.sh [rows, default 150000]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-150000}
work=$(mktemp -d)
port=18081
[ -f target/assure.jar ] || mvn -q -B package -DskipTests
export ASSURE_DB_DATA_DIRECTORY="$work/postgres"

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
java -jar target/assure.jar --server.port=$port --assure.demo.enabled=false > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://localhost:$port/councils" && break; sleep 1; done
pgport=$(sed -n 4p "$work/postgres/postmaster.pid")

start=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$work/rss" java -jar target/assure.jar import ascof "$work/ascof.csv" --period 2022-23 2>/dev/null
import_seconds=$(echo "$(date +%s.%N) - $start" | bc)
rss_mb=$(( $(cat "$work/rss") / 1024 ))

psql -q -h 127.0.0.1 -p "$pgport" -U postgres assure -c "CREATE TABLE bench_copy (geo text, name text, level text, ons text, measure text, breakdown text, type text, value text, grp text, grp_description text)"
start=$(date +%s.%N)
psql -q -h 127.0.0.1 -p "$pgport" -U postgres assure -c "\\copy bench_copy FROM '$work/ascof.csv' CSV HEADER"
copy_seconds=$(echo "$(date +%s.%N) - $start" | bc)

printf 'import ascof: %.2f s (whole command, JVM start included), peak memory %d MB\n' "$import_seconds" "$rss_mb"
printf 'COPY into a bare table: %.2f s\n' "$copy_seconds"
printf 'ratio: %.2f\n' "$(echo "$import_seconds / $copy_seconds" | bc -l)"
