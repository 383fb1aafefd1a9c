#!/usr/bin/env bash
# The whole command line against `cat` of the same files, in one run (issue 12: "whole-CLI runs
# over folders are I/O bound"): times `cat` of every dump > /dev/null, `threadkit check` and
# `threadkit convert --to csv -o /dev/null` of a generated folder with the default heap, then
# --jobs 1 against --jobs 2 on input that is not I/O bound (the folder already in the page cache,
# and a second folder of one large dump per worker), and prints each run's time over cat's.
#
# Usage: benchmarks/cli-vs-cat.sh [TOTAL_MIB [PER_FILE [REPEAT]]]
#   TOTAL_MIB  size of the folder (default 1024: about 1 GiB)
#   PER_FILE   size of each dump, MiB or KiB with a K suffix (default 16K: ~65,000 dumps a GiB)
#   REPEAT     runs of each command; the table shows the fastest (default 3)
# Environment: BASE_JAR=path/to/threadkit.jar adds rows for another build of the CLI (the one
# before a change, say), run in the same pass; JAVA_OPTS are given to every java run.
#
# Needs the jars `mvn -B verify` builds. The folders are made once and kept under
# benchmarks/target/cli-vs-cat/ (delete it to make them again). A script, not a test: the
# full size takes minutes, and the numbers are only comparable within one run.
set -euo pipefail
cd "$(dirname "$0")/.."

cli=thread-cli/target/threadkit.jar
bench=benchmarks/target/benchmarks.jar
for jar in "$cli" "$bench" ${BASE_JAR:+"$BASE_JAR"}; do
  if [[ ! -f $jar ]]; then
    echo "cli-vs-cat.sh: $jar is missing; build it first with mvn -B verify" >&2
    exit 2
  fi
done
total=${1:-1024}
per=${2:-16K}
repeat=${3:-3}
work=benchmarks/target/cli-vs-cat
folder=$work/dumps-${total}M-$per
# One large dump per worker of --jobs 2: half the folder each, at most 64 MiB (under the
# default --max-input-mb of 128 once Cyrillic letters take two bytes).
large_mib=$((total / 2 < 64 ? total / 2 : 64))
large=$work/large-2x${large_mib}M
log=$work/run.log
mkdir -p "$work"
: > "$log"

if [[ ! -f $folder/.complete ]]; then
  rm -rf "$folder"
  java -cp "$bench" dev.threadkit.bench.BigFolder "$folder" "$total" "$per"
  touch "$folder/.complete"
fi
if [[ ! -f $large/.complete ]]; then
  rm -rf "$large"
  java -cp "$bench" dev.threadkit.bench.BigFolder "$large" "$((2 * large_mib))" "$large_mib"
  touch "$large/.complete"
fi
files=$(find "$folder" -name '*.txt' | wc -l)
bytes=$(find "$folder" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')

# every dump of a folder, in path order, to /dev/null
cat_all='find "$0" -name "*.txt" -print0 | sort -z | xargs -0 cat > /dev/null'

declare -a labels=() walls=() users=() syss=()
# measure LABEL COMMAND...: the fastest of $repeat runs (wall, with its user and system time).
# COMMAND is a program, not a shell function: /usr/bin/time runs it.
measure() {
  local label=$1
  shift
  local best="" best_user="" best_sys=""
  for ((r = 0; r < repeat; r++)); do
    echo "== $label (run $((r + 1)))" >> "$log"
    /usr/bin/time -f '%e %U %S' -o "$work/time.txt" "$@" > /dev/null 2>> "$log" || {
      echo "cli-vs-cat.sh: '$label' failed; see $log" >&2
      exit 1
    }
    read -r wall user sys < "$work/time.txt"
    if [[ -z $best ]] || (($(echo "$wall < $best" | bc))); then
      best=$wall best_user=$user best_sys=$sys
    fi
  done
  labels+=("$label") walls+=("$best") users+=("$best_user") syss+=("$best_sys")
  printf '  %-52s %7.2f s\n' "$label" "$best" >&2
}

# shellcheck disable=SC2206 # JAVA_OPTS is a list of options
java=(java ${JAVA_OPTS:-})

echo "cli-vs-cat.sh: $files dumps, $bytes bytes in $folder; $(nproc) cores; $(java -version 2>&1 | head -1)" >&2
echo "load before: $(uptime)" >&2
bash -c "$cat_all" "$folder" # into the page cache: every run below reads from memory
bash -c "$cat_all" "$large"
measure "cat" bash -c "$cat_all" "$folder"
measure "threadkit check" "${java[@]}" -jar "$cli" check -q "$folder"
measure "threadkit check -Xmx512m" "${java[@]}" -Xmx512m -jar "$cli" check -q "$folder"
measure "threadkit convert --to csv" "${java[@]}" -jar "$cli" convert -q "$folder" --to csv -o /dev/null
if [[ -n ${BASE_JAR:-} ]]; then
  measure "BASE_JAR check" "${java[@]}" -jar "$BASE_JAR" check -q "$folder"
  measure "BASE_JAR convert --to csv" "${java[@]}" -jar "$BASE_JAR" convert -q "$folder" --to csv -o /dev/null
fi
for jobs in 1 2; do
  measure "threadkit check --jobs $jobs" "${java[@]}" -jar "$cli" check -q --jobs "$jobs" "$folder"
  measure "threadkit convert --to csv --jobs $jobs" "${java[@]}" -jar "$cli" convert -q --jobs "$jobs" "$folder" \
    --to csv -o /dev/null
done
measure "cat, 2 large dumps" bash -c "$cat_all" "$large"
for jobs in 1 2; do
  measure "threadkit convert --to csv --jobs $jobs, 2 large dumps" \
    "${java[@]}" -jar "$cli" convert -q --jobs "$jobs" "$large" --to csv -o /dev/null
done
echo "load after: $(uptime)" >&2

cat_wall=${walls[0]}
large_cat_wall=$cat_wall
for j in "${!labels[@]}"; do
  if [[ ${labels[$j]} == "cat, 2 large dumps" ]]; then
    large_cat_wall=${walls[$j]}
  fi
done
printf '\n%-52s %8s %8s %8s %8s\n' "run (fastest of $repeat)" "wall s" "user s" "sys s" "x cat"
printf '%-52s %8s %8s %8s %8s\n' "$(printf -- '-%.0s' {1..52})" "--------" "--------" "--------" "--------"
for i in "${!labels[@]}"; do
  reference=$cat_wall
  if [[ ${labels[$i]} == *"2 large dumps"* ]]; then
    reference=$large_cat_wall
  fi
  printf '%-52s %8.2f %8.2f %8.2f %8.2f\n' "${labels[$i]}" "${walls[$i]}" "${users[$i]}" "${syss[$i]}" \
    "$(echo "scale=4; ${walls[$i]} / $reference" | bc)"
done
echo "(x cat: wall time over cat's of the same files; the 2 large dumps rows over cat of those two)"
