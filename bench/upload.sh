#!/usr/bin/env bash
# Uploads a large file (1 GB by default) as a council user answering an information return, to a
# server started with a 256 MB heap, and compares the time with copying the same file on the same
# disk. The upload limit is raised for the run; the default limit is 200 MB.
# Usage: bench/upload.sh [megabytes, default 1024]
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-1024}
work=$(mktemp -d -p "${TMPDIR:-/tmp}")
port=18082
base="http://localhost:$port"
[ -f target/assure.jar ] || ./mvnw -q -B package -DskipTests
export ASSURE_DB_DATA_DIRECTORY="$work/postgres"
export ASSURE_UPLOAD_LIMIT="$((megabytes + 64))MB"

# A text file (an accepted type, detected from its bytes) of the size asked for.
head -c "$((megabytes * 1024 * 1024))" \
  < <(yes "Adult social care evidence line for the upload benchmark, repeated to fill the file.") \
  > "$work/evidence.txt"
echo "File: $(du -h "$work/evidence.txt" | cut -f1)"

java -Xmx256m -jar target/assure.jar --server.port=$port --assure.demo.enabled=false \
  --assure.documents.extraction.interval=PT1H > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "$base/councils" && break; sleep 1; done
pgport=$(sed -n 4p "$work/postgres/postmaster.pid")
sql() { psql -qtA -h 127.0.0.1 -p "$pgport" -U postgres assure -c "$1"; }

# An assessment of Hackney whose information return is open, and a council user to answer it.
assessment=$(cat /proc/sys/kernel/random/uuid)
sql "INSERT INTO assessments (id, council_gss, method, framework_version, status, started_on)
     VALUES ('$assessment', 'E09000012', '2024-12', '2026-11', 'in_progress', current_date)"
sql "INSERT INTO assessment_stage_moves VALUES
     ('$assessment', 1, 'planned', 'notified', 'forward', 'bench', now(), current_date, NULL),
     ('$assessment', 2, 'notified', 'information_return', 'forward', 'bench', now(), current_date, NULL)"
sql "INSERT INTO assessment_request_items SELECT '$assessment', code, title, guidance, statements, required, position
     FROM request_items WHERE NOT retired"
link=$(java -jar target/assure.jar users add --email council@bench.example --role council --council E09000012 2>/dev/null \
  | grep -o 'http[^ ]*invitations/[^ ]*' | sed "s#http://[^/]*#$base#")
jar="$work/cookies"
token() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"//'; }
csrf=$(curl -s -c "$jar" -b "$jar" "$link" | token)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" \
  --data-urlencode "password=a long bench passphrase 2026" --data-urlencode "confirmation=a long bench passphrase 2026" "$link"
csrf=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | token)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" \
  --data-urlencode "email=council@bench.example" --data-urlencode "password=a long bench passphrase 2026" "$base/sign-in"
page="$base/council/assessments/$assessment/information-return/self-assessment"
csrf=$(curl -s -c "$jar" -b "$jar" "$page" | token)
[ -n "$csrf" ] || { echo "Could not sign in as the council user"; exit 1; }

start=$(date +%s.%N)
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
  -F "_csrf=$csrf" -F kind=documents -F seenVersion=0 -F day=1 -F month=4 -F year=2026 \
  -F "files=@$work/evidence.txt;type=text/plain" "$page")
upload_seconds=$(echo "$(date +%s.%N) - $start" | bc)
stored=$(sql "SELECT coalesce(sum(size_bytes), 0) FROM document_contents")
[ "$status" = 302 ] && [ "$stored" = "$((megabytes * 1024 * 1024))" ] \
  || { echo "Upload failed: HTTP $status, $stored bytes stored"; tail -20 "$work/server.log"; exit 1; }

start=$(date +%s.%N)
cp "$work/evidence.txt" "$work/copy.txt" && sync
copy_seconds=$(echo "$(date +%s.%N) - $start" | bc)
grep -q OutOfMemoryError "$work/server.log" && { echo "The server ran out of memory"; exit 1; }

printf 'upload of %d MB with a 256 MB heap: %.2f s (%.0f MB/s), HTTP %s, %s bytes stored\n' \
  "$megabytes" "$upload_seconds" "$(echo "$megabytes / $upload_seconds" | bc -l)" "$status" "$stored"
printf 'cp of the same file on the same disk: %.2f s (%.0f MB/s)\n' \
  "$copy_seconds" "$(echo "$megabytes / $copy_seconds" | bc -l)"
printf 'ratio: %.1f\n' "$(echo "$upload_seconds / $copy_seconds" | bc -l)"
