#!/usr/bin/env bash
# Benchmark of `transform-cluster local` (issue 3): end-to-end MB/s on >= 20 MB of e-mail files with redaction
# on and, in the same run, off (the Kafka + S3 ceiling), their ratio, and the peak heap of each run.
#
#   scripts/bench-local.sh            # the local benchmark (a few minutes on 2 cores)
#   scripts/bench-local.sh --big      # instead: redact-stream with -Xmx256m on one 1 GB object (slow, opt-in)
#
# Environment: BENCH_MB (default 24) input size; BENCH_DIR (default a temp dir, kept) work folder;
# BENCH_CORPUS (default shared/corpus/dev.jsonl.gz beside the repository, when present) e-mail texts to use,
# otherwise synthetic e-mails are generated; BENCH_THREAD (default 1) corpus messages per file (a reply thread:
# 8 gives ~15 KB e-mails instead of ~2 KB); BENCH_HEAP (default 1g) -Xmx of the local runs;
# BENCH_BIG_MB (default 1024) size of the --big object.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
big=false
for arg in "$@"; do
  case "$arg" in
    --big) big=true ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "bench-local: unknown argument $arg (try --help)" >&2; exit 2 ;;
  esac
done

mb=${BENCH_MB:-24}
thread=${BENCH_THREAD:-1}
heap=${BENCH_HEAP:-1g}
work=${BENCH_DIR:-$(mktemp -d /tmp/bench-local.XXXXXX)}
corpus=${BENCH_CORPUS:-}
if [[ -z "$corpus" ]]; then
  for candidate in "$root/../shared/corpus/dev.jsonl.gz" /work/shared/corpus/dev.jsonl.gz; do
    if [[ -f "$candidate" ]]; then corpus=$candidate; break; fi
  done
fi
mkdir -p "$work"
echo "bench-local: work folder $work"

# Builds the jar once (the launcher rebuilds only when sources changed).
"$root/transform-cluster" --version >/dev/null

# Peak heap from a unified GC log: the largest heap occupancy seen before any collection ("123M->45M(256M)").
peak_heap_mb() {
  python3 - "$1" <<'PY'
import re, sys
peak = 0
with open(sys.argv[1], encoding="utf-8", errors="replace") as f:
    for line in f:
        for before, unit in re.findall(r"(\d+)([KMG])->\d+[KMG]\(\d+[KMG]\)", line):
            mb = int(before) / 1024 if unit == "K" else int(before) * (1024 if unit == "G" else 1)
            peak = max(peak, mb)
print(f"{peak:.0f}")
PY
}

pids=()
# Stops, by PID, the processes the --big mode started (called by the EXIT trap).
# shellcheck disable=SC2317 # invoked by the trap
stop_started() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}

bench_big() {
# ---- opt-in: redact-stream heap with one 1 GB object -------------------------------------------------------
# Separate JVMs as on Nomad: broker, S3 store, ingest, redact-stream (-Xmx256m, GC log), sink.
bigdir="$work/big"
rm -rf "$bigdir"
mkdir -p "$bigdir/in" "$bigdir/out" "$bigdir/spool"
python3 - "$bigdir/in/export.txt" "${BENCH_BIG_MB:-1024}" <<'PY'
import random, sys
rnd = random.Random(1)
line = ("Ticket {n}: customer {f} {l} called from +1 (212) {a}-{b} about card 4111 1111 1111 1111; "
        "reply to {f2}.{l2}@example.com, server 192.168.{c}.{d}.\n")
names = ["Alice", "Bob", "Chen", "Dana", "Emil", "Fatima"]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    size, n = 0, 0
    while size < int(sys.argv[2]) * 1024 ** 2:
        s = line.format(n=n, f=rnd.choice(names), l=rnd.choice(names), a=rnd.randint(200, 999),
                        b=rnd.randint(1000, 9999), f2="x", l2="y", c=rnd.randint(0, 255), d=rnd.randint(1, 254))
        f.write(s)
        size += len(s)
        n += 1
PY
jar="$root/cli/target/transform-cluster.jar"
kport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
sport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
trap stop_started EXIT
java -Xmx1g -jar "$jar" dev-kafka --port "$kport" --data-dir "$bigdir/kafka" >"$bigdir/kafka.log" 2>&1 &
pids+=($!)
java -Xmx512m -jar "$jar" dev-s3 --port "$sport" --bucket "source=$bigdir/in" --bucket "destination=$bigdir/out" \
    >"$bigdir/s3.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  grep -q "bootstrap servers" "$bigdir/kafka.log" && grep -q "endpoint" "$bigdir/s3.log" && break
  sleep 1
done
export AWS_ACCESS_KEY_ID=transform-cluster AWS_SECRET_ACCESS_KEY=transform-cluster-local-secret AWS_REGION=us-east-1
common=(--bootstrap-servers "127.0.0.1:$kport" --topic-partitions 4)
java -Xmx256m -Xlog:gc:file="$bigdir/gc-redact.log" -jar "$jar" redact-stream "${common[@]}" \
    --state-dir "$bigdir/state" --metrics-port 0 >"$bigdir/redact.log" 2>&1 &
pids+=($!)
java -Xmx512m -jar "$jar" sink "${common[@]}" --s3-endpoint "http://127.0.0.1:$sport" --spool-dir "$bigdir/spool" \
    --metrics-port 0 >"$bigdir/sink.log" 2>&1 &
pids+=($!)
start=$(date +%s.%N)
java -Xmx512m -jar "$jar" ingest "${common[@]}" --s3-endpoint "http://127.0.0.1:$sport" \
    --source s3://source/ --destination s3://destination/ >"$bigdir/ingest.log" 2>&1
# The output is complete when it exists and its size has not changed for 5 s (a multipart upload assembles it).
last=-1 stable=0
for _ in $(seq 1 3600); do
  for p in "${pids[@]}"; do
    kill -0 "$p" 2>/dev/null || { echo "bench-local: a pipeline process died; logs in $bigdir" >&2; exit 1; }
  done
  size=$(stat -c %s "$bigdir/out/export.txt" 2>/dev/null || echo -1)
  if [[ "$size" -gt 0 && "$size" -eq "$last" ]]; then stable=$((stable + 1)); else stable=0; fi
  [[ "$stable" -ge 5 ]] && break
  last=$size
  sleep 1
done
end=$(date +%s.%N)
[[ -f "$bigdir/out/export.txt" ]] || { echo "bench-local: the big object was not written within an hour" >&2; exit 1; }
echo "big object: $(stat -c %s "$bigdir/in/export.txt") bytes in, $(stat -c %s "$bigdir/out/export.txt") bytes out," \
    "$(python3 -c "print(f'{$end - $start:.0f}')") s; redact-stream -Xmx256m peak heap $(peak_heap_mb "$bigdir/gc-redact.log") MB"
}

if [[ "$big" == true ]]; then
  bench_big
  exit 0
fi

# ---- input: >= $mb MB of e-mail files ---------------------------------------------------------------------
input="$work/input"
if [[ ! -d "$input" ]]; then
  python3 - "$input" "$mb" "$corpus" "$thread" <<'PY'
import gzip, json, os, random, sys
out, target, corpus, thread = sys.argv[1], int(sys.argv[2]) * 1024 * 1024, sys.argv[3], int(sys.argv[4])
texts = []
if corpus and os.path.isfile(corpus):
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
if not texts:
    rnd = random.Random(7)
    first = ["Janae", "Coty", "Eloy", "Zoë", "Björn", "Amélie", "Priya", "Kenji"]
    last = ["Lind", "Bailey", "Kling", "Müller", "Sharma", "Nakamura", "Dubois", "Volkov"]
    for i in range(2000):
        a, b = rnd.choice(first), rnd.choice(last)
        body = []
        for _ in range(rnd.randint(4, 14)):
            body.append(f"Please call {a} {b} at +1 (415) {rnd.randint(200, 999)}-{rnd.randint(1000, 9999)} "
                        f"or write to {a.lower()}.{b.lower()}@example.org; SSN {rnd.randint(100, 699)}-"
                        f"{rnd.randint(10, 99)}-{rnd.randint(1000, 9999)}, server 10.0.{rnd.randint(0, 255)}.7.")
        texts.append(f"From: \"{a} {b}\" <{a.lower()}@example.org>\nTo: team@example.org\nSubject: note {i}\n"
                     f"Date: Wed, 11 May 2022 17:45:44 -0500\nMessage-ID: <{i}@example.org>\n\n" + "\n\n".join(body) + "\n")
written = 0
n = 0
while written < target:
    # a reply thread: the newest message first, the earlier ones quoted below it as mail clients do
    parts = [texts[(n * thread + k) % len(texts)] for k in range(thread)]
    t = (parts[0] + "".join("\n-----Original Message-----\n" + p for p in parts[1:])).encode("utf-8")
    folder = os.path.join(out, f"batch {n // 2000}", f"{(n % 2000) // 100:02d}")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"msg-{n:05d}.eml"), "wb") as f:
        f.write(t)
    written += len(t)
    n += 1
print(f"bench-local: wrote {n} e-mails, {written / 1e6:.1f} MB" + (" from " + corpus if texts and corpus else " (synthetic)"))
PY
fi
input_bytes=$(du -sb "$input" | cut -f1)
input_files=$(find "$input" -type f | wc -l)


# run_local NAME REDACTION -> prints "seconds peak_heap_mb"
run_local() {
  local name=$1 redaction=$2 out="$work/output-$1" gclog="$work/gc-$1.log" start end
  rm -rf "$out"
  start=$(date +%s.%N)
  JAVA_OPTS="-Xmx$heap -Xlog:gc:file=$gclog" "$root/transform-cluster" local --input "$input" --output "$out" \
      --redaction-enabled "$redaction" >"$work/summary-$name.txt" 2>"$work/stderr-$name.log" || {
    echo "bench-local: the $name run failed; see $work/stderr-$name.log" >&2
    tail -n 20 "$work/stderr-$name.log" >&2
    exit 1
  }
  end=$(date +%s.%N)
  local outputs
  outputs=$(find "$out" -type f -not -path "$out/_dead-letter/*" | wc -l)
  if [[ "$outputs" -ne "$input_files" ]]; then
    echo "bench-local: the $name run wrote $outputs outputs for $input_files inputs" >&2
    exit 1
  fi
  echo "$(python3 -c "print(f'{$end - $start:.1f}')") $(peak_heap_mb "$gclog")"
}

# A run on an empty folder measures the fixed cost (JVM, broker and S3 start, topic creation, shutdown).
empty="$work/empty-input"
mkdir -p "$empty"
start=$(date +%s.%N)
"$root/transform-cluster" local --input "$empty" --output "$work/output-empty" >/dev/null 2>"$work/stderr-empty.log"
fixed=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")

read -r on_s on_heap < <(run_local on true)
read -r off_s off_heap < <(run_local off false)

python3 - "$input_bytes" "$input_files" "$fixed" "$on_s" "$on_heap" "$off_s" "$off_heap" "$heap" <<'PY'
import sys
size, files, fixed, on_s, on_heap, off_s, off_heap, heap = sys.argv[1:]
size = int(size) / 1e6
fixed, on_s, off_s = float(fixed), float(on_s), float(off_s)
on, off = size / on_s, size / off_s
on_net, off_net = size / max(on_s - fixed, 0.1), size / max(off_s - fixed, 0.1)
print(f"input: {files} e-mail files, {size:.1f} MB; -Xmx{heap}; fixed start/stop cost {fixed:.1f} s")
print(f"redaction on : {on_s:6.1f} s  {on:5.2f} MB/s end to end  ({on_net:5.2f} MB/s without the fixed cost)  peak heap {on_heap} MB")
print(f"redaction off: {off_s:6.1f} s  {off:5.2f} MB/s end to end  ({off_net:5.2f} MB/s without the fixed cost)  peak heap {off_heap} MB")
print(f"ratio on/off : {on / off:.2f}x end to end ({on_net / off_net:.2f}x without the fixed cost); target >= 0.5x")
PY


