#!/usr/bin/env bash
# Plans the whole programme: all 153 councils, 14 people (8 internal, 5 of whom can lead, and 6
# external reviewers, some away for a fortnight, two with conflicts of interest), 104 weeks from
# 2027-04-05 with the two Christmas fortnights blacked out and one council's pre-election period.
# Two figures:
#  1. `assure plan` with Timefold Solver for 60 s (or the seconds given): the time to the first plan
#     with no hard rule broken (as the command reports it, from the start of solving), and the soft
#     score it ends with;
#  2. the simple greedy baseline (`assure plan --greedy`: one council at a time, earliest week with
#     room and free people), scored by the same rules.
# Usage: bench/plan.sh [seconds, default 60]
# ASSURE_JAR=path/to/assure.jar measures another build (default target/assure.jar).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
work=$(mktemp -d -p "${TMPDIR:-/tmp}")
trap 'rm -rf "$work"' EXIT
jar=${ASSURE_JAR:-target/assure.jar}
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
echo "Load before: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) on $(nproc) cores"

python3 - "$work/team.csv" <<'PY'
import csv, sys
regions = ["London", "North West", "South East", "Yorkshire and The Humber", "West Midlands",
           "East of England", "South West", "North East", "East Midlands"]
skills = ["social-work;safeguarding", "commissioning;data", "social-work", "safeguarding;data",
          "social-work;commissioning", "data"]
with open(sys.argv[1], "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["email", "name", "kind", "can_lead", "skills", "region", "away", "conflicts"])
    for i in range(14):
        kind = "internal" if i < 8 else "external"
        lead = "yes" if i < 5 else "no"
        away = ["2027-08-02..2027-08-13", "2028-07-24..2028-08-04", ""][i % 3]
        conflicts = {0: "E09000007", 5: "E08000025;E10000014"}.get(i, "")
        w.writerow([f"person{i + 1}@bench.example", f"Person {i + 1}", kind, lead,
                    skills[i % len(skills)], regions[i % len(regions)], away, conflicts])
PY
printf 'gss,from,to\n,2027-12-20,2027-12-31\n,2028-12-18,2028-12-29\nE09000007,2027-05-01,2027-06-30\n' \
  > "$work/blackouts.csv"

args=(--team "$work/team.csv" --blackouts "$work/blackouts.csv" --from 2027-04-05 --weeks 104)

# 1. Timefold Solver.
start=$(date +%s.%N)
set +e
java -jar "$jar" plan "${args[@]}" --seconds "$seconds" --out "$work/plan.csv" \
  > "$work/solver.out" 2> "$work/solver.err"
solver_exit=$?
set -e
solver_wall=$(echo "$(date +%s.%N) - $start" | bc)
solver_score=$(grep 'Wrote the plan' "$work/solver.out" | grep -o 'score [^)]*' | cut -d' ' -f2)
first=$(grep -o 'broken after [0-9.]* s' "$work/solver.out" | grep -o '[0-9.]*' || echo "none")

# 2. The greedy baseline.
start=$(date +%s.%N)
set +e
java -jar "$jar" plan "${args[@]}" --greedy --out "$work/greedy.csv" \
  > "$work/greedy.out" 2> "$work/greedy.err"
greedy_exit=$?
set -e
greedy_wall=$(echo "$(date +%s.%N) - $start" | bc)
greedy_score=$(grep 'Wrote the plan' "$work/greedy.out" | grep -o 'score [^)]*' | cut -d' ' -f2)

echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| Planner | Exit | Score (hard/soft) | First plan with no hard rule broken | Whole command (s) |"
echo "| --- | --- | --- | --- | --- |"
echo "| Timefold Solver, ${seconds} s | $solver_exit | $solver_score | ${first} s | $solver_wall |"
echo "| Greedy baseline | $greedy_exit | $greedy_score | - | $greedy_wall |"
if [ "$solver_exit" -ne 0 ]; then grep -v '^\s*at ' "$work/solver.err" | tail -20; fi
