#!/usr/bin/env bash
# The cluster test (run by scripts/test.sh and so by .ci/run): a real dev cluster on 127.0.0.1
# (scripts/dev-cluster.sh), a few hundred objects in its S3 store, one ingest dispatch,
# redact-stream scaled from 1 to 3 mid-run, then:
#   1. every output exists exactly once and is byte-identical to `./transform-cluster local`
#      on the same input (and sink wrote each object once);
#   2. Consul has 3 healthy redact-stream instances tagged `prometheus`;
#   3. Prometheus has 3 redact-stream targets up;
#   4. every query of every Grafana panel returns data from that Prometheus.
# The Nomad job files are checked first (parse, format, conventions; nomad/jobspec-check).
# Bounded: after the tool builds, the test is stopped after CLUSTER_TEST_TIMEOUT seconds
# (default 900); the cluster is taken down on every exit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD

objects=${CLUSTER_TEST_OBJECTS:-300}
export DEV_CLUSTER_DIR=${DEV_CLUSTER_DIR:-$root/.dev-cluster/cluster-test}
work=$(mktemp -d "${TMPDIR:-/tmp}/cluster-test.XXXXXX")
jar=$root/cli/target/transform-cluster.jar
started=$SECONDS

say() { printf '\ncluster-test: %s\n' "$*"; }
fail() { printf '\ncluster-test: FAILED: %s\n' "$*" >&2; exit 1; }

watchdog_pid=
cluster_started=0
cleanup() {
  local rc=$?
  [[ -n $watchdog_pid ]] && kill "$watchdog_pid" 2>/dev/null
  if ((rc != 0)) && ((cluster_started)) && [[ -d $DEV_CLUSTER_DIR/logs ]]; then
    for f in "$DEV_CLUSTER_DIR"/logs/*.log; do
      printf '\n--- last lines of %s\n' "$f" >&2
      tail -n 15 "$f" >&2
    done
  fi
  scripts/dev-cluster.sh down || true
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 124' TERM

say "building the pinned tools (cached after the first run; not counted in the timeout)"
for tool in consul prometheus; do
  scripts/build-hashicorp.sh "$tool"
done
if ! scripts/build-hashicorp.sh nomad 2>"$work/nomad.err"; then
  say "NOTE: Nomad cannot be built here, so the stages run as processes registered in Consul: $(cat "$work/nomad.err")"
fi

( sleep "${CLUSTER_TEST_TIMEOUT:-900}"; echo "cluster-test: timed out" >&2; kill -TERM $$ ) 2>/dev/null &
watchdog_pid=$!

say "checking the Nomad job files"
(cd nomad/jobspec-check && GOFLAGS=-mod=mod go test ./... && GOFLAGS=-mod=mod go build -o "$work/jobspec-check" .)
"$work/jobspec-check" nomad/*.nomad.hcl

say "building the CLI"
./transform-cluster --version >"$work/build.log" 2>&1 || { tail -n 30 "$work/build.log" >&2; fail "the CLI jar did not build"; }
[[ -f $jar ]] || fail "$jar was not built"
help=$(java -jar "$jar" help 2>&1 || true)
missing=()
for sub in local ingest redact-stream sink dev-kafka dev-s3; do
  grep -qE "^[[:space:]]+$sub([[:space:]]|,|$)" <<<"$help" || missing+=("$sub")
done
((${#missing[@]} == 0)) || fail "the CLI lacks the subcommand(s) ${missing[*]}: the pipeline stages (issue 3) have not landed in cli/ yet"

say "dev cluster up"
scripts/dev-cluster.sh down >/dev/null 2>&1 || true
rm -rf "$DEV_CLUSTER_DIR"
cluster_started=1
scripts/dev-cluster.sh up
eval "$(scripts/dev-cluster.sh env | tr ' ' '\n' | grep '=' | sed 's/^/export /')"

say "writing $objects input objects"
input=$work/input
python3 - "$input" "$objects" <<'PY'
import os, random, sys
root, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(20261125)
first = ["Anna", "Jonas", "Maria", "Peter", "Sofia", "Lukas", "Emma", "Noah", "Olivia", "Liam"]
last = ["Schmidt", "Miller", "Garcia", "Rossi", "Novak", "Jensen", "Dubois", "Smith", "Brown", "Keller"]
words = ("please find the signed contract attached and let me know whether the renewal terms "
         "work for your team before the end of the quarter").split()
for i in range(n):
    a, b = rng.choice(first), rng.choice(last)
    mail = f"{a.lower()}.{b.lower()}{i}@example.com"
    body = []
    for p in range(rng.randint(20, 60)):
        body.append(" ".join(rng.choice(words) for _ in range(rng.randint(8, 16))) + ".")
        if p % 7 == 0:
            body.append(f"Call me at +49 30 {rng.randint(1000000, 9999999)} or write to {mail}.")
        if p % 11 == 0:
            body.append(f"Card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, server 10.{i % 250}.3.7.")
    msg = (f"From: {a} {b} <{mail}>\nTo: Support <support@example.org>\nSubject: Renewal {i}\n"
           f"Date: Mon, 3 Mar 2025 10:{i % 60:02d}:00 +0100\nMessage-ID: <{i}@example.com>\n"
           f"Content-Type: text/plain; charset=utf-8\n\nHello,\n\n" + "\n".join(body) + f"\n\nRegards,\n{a} {b}\n")
    d = os.path.join(root, "mail", f"box{i % 7}")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"message {i:04d}.eml"), "w", encoding="utf-8") as f:
        f.write(msg)
# One binary object: it must reach the dead-letter path, not be skipped.
os.makedirs(os.path.join(root, "bin"), exist_ok=True)
with open(os.path.join(root, "bin", "image.png"), "wb") as f:
    f.write(bytes(range(256)) * 64)
PY
src=$DEV_CLUSTER_DIR/s3/source
dest=$DEV_CLUSTER_DIR/s3/destination
expected=$(cd "$input" && find . -type f -name '*.eml' | wc -l)
outputs() { find "$dest" -type f -name '*.eml' 2>/dev/null | wc -l; }

# wait_backfill NAME WANT: until WANT outputs exist and the dispatched ingest exited 0.
wait_backfill() {
  local name=$1 want=$2
  for _ in $(seq 1 600); do (($(outputs) >= want)) && break; sleep 0.5; done
  say "$(outputs) of $want outputs after $(($(date +%s) - t0)) s"
  (($(outputs) == want)) || fail "expected $want outputs, found $(outputs)"
  for _ in $(seq 1 240); do [[ -s $DEV_CLUSTER_DIR/rc/$name ]] && break; sleep 0.5; done
  [[ $(cat "$DEV_CLUSTER_DIR/rc/$name" 2>/dev/null) == 0 ]] \
    || fail "$name did not exit 0 (exit code: $(cat "$DEV_CLUSTER_DIR/rc/$name" 2>/dev/null || echo none))"
  grep -E '^ingest run' "$DEV_CLUSTER_DIR/logs/$name.log" | tail -n 1
}

# Wave 1: the binary object and the first half of the messages.
(cd "$input" && find . -type f | sort | awk -v n=$((expected / 2)) '!/\.eml$/ || ++i <= n' \
  | while read -r f; do mkdir -p "$src/$(dirname "$f")" && cp "$f" "$src/$f"; done)
first=$(find "$src" -type f -name '*.eml' | wc -l)

say "dispatching ingest ($first messages and one binary object)"
t0=$(date +%s)
ingest=$(scripts/dev-cluster.sh dispatch-ingest s3://source/ s3://destination/ | tail -n 1)

# Scale once objects flow through the whole pipeline, while most are still to come.
for _ in $(seq 1 600); do (($(outputs) > 0)) && break; sleep 0.5; done
(($(outputs) > 0)) || fail "no output after 300 s"
at_scale=$(outputs)
say "scaling redact-stream 1 -> 3 with $at_scale of $first outputs written"
((at_scale < first)) || fail "the run finished before the scale: use more objects (CLUSTER_TEST_OBJECTS)"
scripts/dev-cluster.sh scale redact-stream 3
wait_backfill "$ingest" "$first"
[[ -f $dest/_dead-letter/bin/image.png.json ]] || fail "bin/image.png has no dead-letter report"

# Wave 2: the rest, through the 3 instances; the re-dispatch skips what is done (same ETag).
cp -R -n "$input/." "$src/"   # -n: leave wave 1 untouched (its ETags must not change)
say "dispatching ingest again with all $expected messages"
ingest2=$(scripts/dev-cluster.sh dispatch-ingest s3://source/ s3://destination/ | tail -n 1)
wait_backfill "$ingest2" "$expected"
skipped=$(sed -n 's/^ingest run.* \([0-9][0-9]*\) skipped.*/\1/p' "$DEV_CLUSTER_DIR/logs/$ingest2.log" | tail -n 1)
((${skipped:-0} >= first)) || fail "the second backfill skipped ${skipped:-no} objects, not the $first already done"

say "every redact-stream instance took part"
for i in 0 1 2; do
  n=$(curl -fsS "http://127.0.0.1:$((19400 + i))/metrics" | awk '/^tc_redact_records_total/ {s += $2} END {printf "%d", s}')
  echo "redact-stream-$i: tc_redact_records_total = $n"
  ((n > 0)) || fail "redact-stream-$i processed no record"
done

say "checking Consul and Prometheus"
python3 - "$CONSUL_HTTP_ADDR" "$PROMETHEUS_URL" <<'PY'
import json, sys, time, urllib.request
consul, prom = sys.argv[1], sys.argv[2]
def get(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.load(r)
deadline = time.time() + 90
while True:
    healthy = [e for e in get(f"{consul}/v1/health/service/redact-stream?passing=1")
               if "prometheus" in e["Service"]["Tags"]]
    targets = [t for t in get(f"{prom}/api/v1/targets?state=active")["data"]["activeTargets"]
               if t["labels"].get("job") == "redact-stream" and t["health"] == "up"]
    if len(healthy) == 3 and len(targets) == 3 or time.time() > deadline:
        break
    time.sleep(2)
print(f"Consul: {len(healthy)} healthy redact-stream instances tagged prometheus "
      f"(alloc_index {sorted(e['Service']['Meta'].get('alloc_index') for e in healthy)})")
print(f"Prometheus: {len(targets)} redact-stream targets up ({sorted(t['labels']['instance'] for t in targets)})")
if len(healthy) != 3 or len(targets) != 3:
    sys.exit("want 3 and 3")
PY

say "querying every panel of every dashboard"
sleep 10   # one more scrape after the last writes
# shellcheck disable=SC2086 # CLUSTER_TEST_DASHBOARDS is a glob
python3 - "$PROMETHEUS_URL" "$t0" ${CLUSTER_TEST_DASHBOARDS:-monitoring/grafana/dashboards/*.json} <<'PY'
import json, math, sys, time, urllib.parse, urllib.request
prom, t0, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
# Grafana's $__rate_interval is max(4 x scrape interval, step + scrape interval): 5 s scrapes here.
subst = {"$__rate_interval": "30s", "$__interval": "5s", "$__range": "5m"}
bad, count = [], 0
for f in files:
    dash = json.load(open(f))
    panels = [p for p in dash["panels"] if p.get("type") != "row"]
    panels += [q for p in dash["panels"] if p.get("type") == "row" for q in p.get("panels", [])]
    for p in panels:
        for t in p.get("targets", []):
            expr = t["expr"]
            for k, v in subst.items():
                expr = expr.replace(k, v)
            q = urllib.parse.urlencode({"query": expr, "start": t0 - 10, "end": int(time.time()), "step": "5"})
            with urllib.request.urlopen(f"{prom}/api/v1/query_range?{q}", timeout=30) as r:
                result = json.load(r)["data"]["result"]
            values = [float(v) for s in result for _, v in s["values"]]
            finite = [v for v in values if math.isfinite(v)]
            count += 1
            status = f"{len(result)} series, {len(finite)} finite values"
            print(f"  {p['title'][:34]:34} {t['refId']}: {status}")
            if not finite:
                bad.append(f"{p['title']} / {t['refId']}: {expr}")
# The Nomad Autoscaler policy's query (nomad/redact-stream.nomad.hcl) must work on it too.
import re
hcl = open("nomad/redact-stream.nomad.hcl").read()
for m in re.finditer(r'^\s*query\s*=\s*"((?:[^"\\]|\\.)*)"', hcl, re.M):
    expr = m.group(1).replace('\\"', '"')
    q = urllib.parse.urlencode({"query": expr, "start": t0 - 10, "end": int(time.time()), "step": "5"})
    with urllib.request.urlopen(f"{prom}/api/v1/query_range?{q}", timeout=30) as r:
        result = json.load(r)["data"]["result"]
    finite = [float(v) for s in result for _, v in s["values"] if math.isfinite(float(v))]
    count += 1
    print(f"  {'autoscaler policy query':34} : {len(result)} series, {len(finite)} finite values")
    if not finite:
        bad.append(f"autoscaler policy: {expr}")
print(f"{count - len(bad)} of {count} queries (dashboard panels, autoscaler policy) returned data")
if bad:
    import re
    with urllib.request.urlopen(f"{prom}/api/v1/label/__name__/values", timeout=30) as r:
        known = set(json.load(r)["data"])
    absent = sorted({m for b in bad for m in re.findall(r"\b((?:tc|kafka|jvm)_[a-z0-9_]+)", b)} - known)
    hint = f"\nnot exposed by any target: {', '.join(absent)}" if absent else ""
    sys.exit("no data for:\n  " + "\n  ".join(bad) + hint)
PY

say "sink wrote each object once"
written=0
for f in "$DEV_CLUSTER_DIR"/pids/sink-*.pid; do
  port=$((19500 + $(basename "$f" .pid | sed 's/sink-//')))
  n=$(curl -fsS "http://127.0.0.1:$port/metrics" | awk '/^tc_sink_objects_total\{.*outcome="written"/ {s += $2} END {printf "%d", s}')
  written=$((written + n))
done
echo "tc_sink_objects_total{outcome=\"written\"} = $written, outputs = $expected"
((written == expected)) || fail "sink wrote $written objects for $expected outputs"

scripts/dev-cluster.sh down
say "local run on the same input"
./transform-cluster local --input "$input" --output "$work/local" >"$work/local.log" 2>&1 \
  || { tail -n 20 "$work/local.log" >&2; fail "./transform-cluster local failed"; }

say "comparing the cluster's output with the local run"
python3 - "$dest" "$work/local" <<'PY'
import hashlib, os, sys
def tree(root, dead):
    out = {}
    for d, _, files in os.walk(root):
        for f in files:
            rel = os.path.relpath(os.path.join(d, f), root)
            if rel.startswith("_dead-letter" + os.sep) == dead:
                out[rel] = hashlib.sha256(open(os.path.join(d, f), "rb").read()).hexdigest()
    return out
cluster, local = tree(sys.argv[1], False), tree(sys.argv[2], False)
missing, extra = sorted(set(local) - set(cluster)), sorted(set(cluster) - set(local))
differ = sorted(k for k in set(local) & set(cluster) if local[k] != cluster[k])
print(f"{len(cluster)} cluster outputs, {len(local)} local outputs, {len(missing)} missing, "
      f"{len(extra)} extra, {len(differ)} differ")
dl_c, dl_l = set(tree(sys.argv[1], True)), set(tree(sys.argv[2], True))
print(f"dead-letter reports: cluster {sorted(dl_c)}, local {sorted(dl_l)}")
problems = missing[:5] + extra[:5] + differ[:5]
if problems or dl_c != dl_l or not cluster:
    sys.exit("outputs differ, e.g. " + ", ".join(problems))
PY

say "passed in $((SECONDS - started)) s"
echo "1 passed, 0 failed"
