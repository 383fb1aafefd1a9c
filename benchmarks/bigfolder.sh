#!/usr/bin/env bash
# Memory stays flat however large the batch: converts a generated 1 GiB folder of dumps with a
# 256 MiB heap, and checks that a single 200 MB file gets a one-line input-too-large error
# (before it is read) instead of running out of memory. Needs the jars `mvn -B verify` built;
# writes about 1.2 GB under a temporary folder and removes it. Usage: benchmarks/bigfolder.sh [TOTAL_MIB]
set -euo pipefail
cd "$(dirname "$0")/.."

cli=thread-cli/target/threadkit.jar
bench=benchmarks/target/benchmarks.jar
for jar in "$cli" "$bench"; do
  if [[ ! -f $jar ]]; then
    echo "bigfolder.sh: $jar is missing; build it first with mvn -B verify" >&2
    exit 2
  fi
done
total=${1:-1024}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java -cp "$bench" dev.threadkit.bench.BigFolder "$work/dumps" "$total" 8
du -sh "$work/dumps"

echo "convert $total MiB to jsonl with -Xmx256m:"
start=$(date +%s.%N)
java -Xmx256m -jar "$cli" convert "$work/dumps" --to jsonl -o "$work/out.jsonl"
end=$(date +%s.%N)
printf 'finished in %.1f s; output %s\n' "$(echo "$end - $start" | bc)" "$(du -h "$work/out.jsonl" | cut -f1)"
rm -f "$work/out.jsonl"

echo "one 200 MB file with -Xmx256m:"
head -c 209715200 /dev/zero | tr '\0' 'x' > "$work/big.txt"
set +e
java -Xmx256m -jar "$cli" check "$work/big.txt" 2>"$work/err.txt"
status=$?
set -e
cat "$work/err.txt"
if [[ $status -ne 2 ]] || ! grep -q 'input-too-large\|larger than the limit' "$work/err.txt" || grep -q 'out of memory' "$work/err.txt"; then
  echo "bigfolder.sh: expected a one-line size error with exit 2, got exit $status" >&2
  exit 1
fi
