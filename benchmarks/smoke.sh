#!/usr/bin/env bash
# CI smoke pass of the JMH suite: runs the jar that `mvn -B verify` built, short, on the 1M and
# 16M dumps (about 100 s on 2 cores), prints the table and fails only when parsing a String is
# slower than the Jackson read of the same discussion (see ReportTable). The full run and the
# meaning of every number are in BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=benchmarks/target/benchmarks.jar
result=benchmarks/target/jmh-result.json
log=benchmarks/target/jmh-smoke.log
if [[ ! -f $jar ]]; then
  echo "smoke.sh: $jar is missing; build it first with mvn -B verify" >&2
  exit 2
fi

echo "JMH smoke pass (log: $log)"
if ! java -jar "$jar" -f 1 -wi 2 -w 1s -i 3 -r 1s -p size=1M,16M -prof gc \
    -rf json -rff "$result" >"$log" 2>&1; then
  tail -n 40 "$log" >&2
  echo "smoke.sh: JMH failed; see $log" >&2
  exit 2
fi
if grep -q '<failure>' "$log"; then
  grep -B2 -A8 '<failure>' "$log" >&2 || true
  echo "smoke.sh: a benchmark threw; see $log" >&2
fi
java -cp "$jar" dev.threadkit.bench.ReportTable "$result"
