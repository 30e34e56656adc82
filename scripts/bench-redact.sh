#!/usr/bin/env bash
# End-to-end speed of `./transform-cluster redact` on a large plain-text file, net of JVM
# start-up: times the redaction of an N MB file and of an empty file (same JVM flags, same
# jar), runs each several times and reports the median. Input: the development corpus texts
# (../shared/corpus/dev.jsonl.gz) concatenated until the file reaches the wanted size.
# Runs the launcher (its JIT options for redact: C1 only, lower compile thresholds for the engine)
# and, for scale, the jar with the JVM's own tiered default, in the same run; BENCH_ONLY_DEFAULT=1
# skips the latter. JAVA_OPTS reaches both.
#   scripts/bench-redact.sh [SIZE_MB (default 35)] [RUNS (default 3)]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
size_mb=${1:-35}
runs=${2:-3}
corpus=${CORPUS:-$root/../shared/corpus/dev.jsonl.gz}
[[ -f $corpus ]] || { echo "bench-redact: corpus not found at $corpus (set CORPUS=...)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/scripts/corpus-text.py" "$corpus" "$work/input.txt" "$size_mb"
: > "$work/empty.txt"
"$root/transform-cluster" --version >/dev/null   # builds the jar if needed, outside the timing

time_ms() { # runs the command, prints elapsed milliseconds
  local t0 t1
  t0=$(date +%s%N)
  "$@" >/dev/null
  t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

bytes=$(stat -c %s "$work/input.txt")
report() { # LABEL, then the command to time (its last argument, the input, is added): whole and empty alternate, medians
  local label=$1 full empty net
  shift
  local fulls=() empties=()
  for _ in $(seq "$runs"); do
    fulls+=("$(time_ms "$@" "$work/input.txt")")
    empties+=("$(time_ms "$@" "$work/empty.txt")")
  done
  full=$(printf '%s\n' "${fulls[@]}" | median)
  empty=$(printf '%s\n' "${empties[@]}" | median)
  net=$((full - empty))
  ((net > 0)) || net=1
  awk -v l="$label" -v b="$bytes" -v f="$full" -v e="$empty" -v n="$net" 'BEGIN {
    printf "%-34s whole %5d ms, empty file %4d ms, net %5d ms: %5.1f MB/s (%3.0fx piiregex)\n", l, f, e, n, b / 1e6 / (n / 1000), b / 1e6 / (n / 1000) / 0.4
  }'
}
awk -v b="$bytes" -v r="$runs" 'BEGIN { printf "input: %.1f MB plain text; medians of %d runs\n", b / 1e6, r }'
report "launcher default (C1 only)" "$root/transform-cluster" redact
if [[ -z ${BENCH_ONLY_DEFAULT:-} ]]; then
  # the JVM's own default, without the launcher's JIT options
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options by design
  report "tiered JIT (C1 + C2), for scale" java ${JAVA_OPTS:-} -jar "$root/cli/target/transform-cluster.jar" redact
fi
