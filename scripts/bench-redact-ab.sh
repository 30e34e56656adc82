#!/usr/bin/env bash
# Paired comparison of two builds of the CLI jar on `redact`: each round runs both jars on the same
# input back to back, in alternating order, and the report gives each jar's median and the median of
# the rounds' time ratios (B/A), which cancels most of the machine's drift between rounds. Each jar
# runs through the launcher (TC_JAR), so with its JVM options for redact; JAVA_OPTS_A / JAVA_OPTS_B
# add options to one side only (to compare JVM flags, pass the same jar twice).
#   scripts/bench-redact-ab.sh JAR_A JAR_B [FILE (default: a 35 MB corpus text)] [ROUNDS (default 21)]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[[ $# -ge 2 ]] || { sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
jar_a=$1
jar_b=$2
input=${3:-}
rounds=${4:-21}
for j in "$jar_a" "$jar_b"; do
  [[ -f $j ]] || { echo "bench-redact-ab: no such jar: $j" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ -z $input ]]; then
  corpus=${CORPUS:-$root/../shared/corpus/dev.jsonl.gz}
  [[ -f $corpus ]] || { echo "bench-redact-ab: corpus not found at $corpus (set CORPUS=... or give a FILE)" >&2; exit 1; }
  input=$work/input.txt
  "$root/scripts/corpus-text.py" "$corpus" "$input" 35
fi
[[ -f $input ]] || { echo "bench-redact-ab: no such input: $input" >&2; exit 2; }

run() { # JAR EXTRA_OPTS -> elapsed milliseconds
  local t0 t1
  t0=$(date +%s%N)
  TC_JAR=$1 JAVA_OPTS=$2 "$root/transform-cluster" redact "$input" >/dev/null
  t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000))
}
for r in $(seq "$rounds"); do
  if ((r % 2)); then
    a=$(run "$jar_a" "${JAVA_OPTS_A:-}"); b=$(run "$jar_b" "${JAVA_OPTS_B:-}")
  else
    b=$(run "$jar_b" "${JAVA_OPTS_B:-}"); a=$(run "$jar_a" "${JAVA_OPTS_A:-}")
  fi
  echo "$a $b"
done > "$work/times"
python3 - "$work/times" "$jar_a" "$jar_b" "$input" <<'PY'
import statistics, sys
pairs = [tuple(map(int, line.split())) for line in open(sys.argv[1])]
ratios = [b / a for a, b in pairs]
print(f"input: {sys.argv[4]}; {len(pairs)} rounds, order alternating")
print(f"A {sys.argv[2]}: median {statistics.median(a for a, _ in pairs):.0f} ms")
print(f"B {sys.argv[3]}: median {statistics.median(b for _, b in pairs):.0f} ms")
print(f"B/A: median of the rounds' ratios {statistics.median(ratios):.3f}; B faster in {sum(r < 1 for r in ratios)} of {len(ratios)}")
PY
