#!/usr/bin/env bash
# A real dev cluster on 127.0.0.1: Consul, Nomad, Prometheus, the dev Kafka broker and S3 store,
# and the pipeline services (redact-stream count 1, sink).
#
#   scripts/dev-cluster.sh up                  start what is not running yet (idempotent)
#   scripts/dev-cluster.sh down                stop everything it started, by PID
#   scripts/dev-cluster.sh status              what runs, Consul services, Prometheus targets
#   scripts/dev-cluster.sh bin-dir             the folder holding the nomad and consul binaries
#   scripts/dev-cluster.sh scale JOB N         set the count of redact-stream or sink
#   scripts/dev-cluster.sh dispatch-ingest SOURCE [DESTINATION]   start a backfill (prints its id)
#   scripts/dev-cluster.sh env                 the addresses, as shell assignments
#
# Nomad and Consul are built from source by scripts/build-hashicorp.sh (pinned, cached).
# When Nomad cannot be built (this workplace's Go module proxy refuses github.com/hashicorp/nomad
# at every version), the script says so and runs the pipeline services as supervised processes,
# registering each in Consul exactly as the Nomad job would (same service name, tags, meta and
# /health check), so that Consul, Prometheus' Consul discovery and the dashboards are exercised
# for real. `scale` then starts or stops instances with consecutive NOMAD_ALLOC_INDEX values.
#
# State (pids, logs, data, the S3 buckets' folders): $DEV_CLUSTER_DIR (default .dev-cluster/).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
state=${DEV_CLUSTER_DIR:-$root/.dev-cluster}
build=$root/scripts/build-hashicorp.sh
jar=${TC_JAR:-$root/cli/target/transform-cluster.jar}

# Ports on 127.0.0.1, away from the tools' defaults so a developer's own agents are untouched.
CONSUL_HTTP_PORT=${CONSUL_HTTP_PORT:-18500}
NOMAD_HTTP_PORT=${NOMAD_HTTP_PORT:-14646}
PROMETHEUS_PORT=${PROMETHEUS_PORT:-19090}
KAFKA_PORT=${KAFKA_PORT:-19092}
S3_PORT=${S3_PORT:-19000}
REDACT_STREAM_PORT_BASE=19400
SINK_PORT_BASE=19500
INGEST_PORT_BASE=19600
# The dev S3 store's keys (EmbeddedS3 defaults); dev only, never used elsewhere.
S3_ACCESS_KEY=transform-cluster
S3_SECRET_KEY=transform-cluster-local-secret

export CONSUL_HTTP_ADDR=http://127.0.0.1:$CONSUL_HTTP_PORT
export NOMAD_ADDR=http://127.0.0.1:$NOMAD_HTTP_PORT
PROMETHEUS_URL=http://127.0.0.1:$PROMETHEUS_PORT

log() { printf 'dev-cluster: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

pidfile() { echo "$state/pids/$1.pid"; }
running() { local f; f=$(pidfile "$1"); [[ -f $f ]] && kill -0 "$(cat "$f")" 2>/dev/null; }

# start NAME CMD...: runs CMD in its own session, logs to logs/NAME.log, records the PID.
start() {
  local name=$1; shift
  if running "$name"; then
    log "$name already running (pid $(cat "$(pidfile "$name")"))"
    return 0
  fi
  setsid "$@" >"$state/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$(pidfile "$name")"
  log "$name started (pid $!, log $state/logs/$name.log)"
}

# stop NAME: SIGTERM, then SIGKILL after 30 s; only the PID this script recorded.
stop() {
  local name=$1 f pid
  f=$(pidfile "$name")
  [[ -f $f ]] || return 0
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
      log "$name (pid $pid) ignored SIGTERM for 30 s: SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    log "$name stopped (pid $pid)"
  fi
  rm -f "$f"
}

# wait_for WHAT SECONDS CMD...: retries CMD until it succeeds.
wait_for() {
  local what=$1 secs=$2; shift 2
  for _ in $(seq 1 $((secs * 2))); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  die "$what not ready after ${secs}s"
}

tcp_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

tools_dir() { echo "${XDG_CACHE_HOME:-$HOME/.cache}/transform-cluster/bin/dev-cluster"; }

# Builds (or finds cached) consul, nomad and prometheus; links them into one folder.
# Sets have_nomad=1 when Nomad is available.
tools() {
  local dir name
  dir=$(tools_dir)
  mkdir -p "$dir"
  "$build" consul || die "Consul could not be built (see above); the dev cluster needs it"
  ln -sf "$("$build" dir consul)/consul" "$dir/consul"
  "$build" prometheus || die "Prometheus could not be built (see above)"
  for name in prometheus promtool; do ln -sf "$("$build" dir prometheus)/$name" "$dir/$name"; done
  have_nomad=0
  if "$build" nomad 2>"$state/nomad-build.err"; then
    ln -sf "$("$build" dir nomad)/nomad" "$dir/nomad"
    have_nomad=1
  else
    log "Nomad is not available: $(tr -d '\n' <"$state/nomad-build.err" | cut -c1-400)"
    log "running the pipeline services as supervised processes registered in Consul instead"
  fi
}

need_jar() {
  [[ -f $jar ]] || (cd "$root" && ./transform-cluster --version >/dev/null) || die "cannot build $jar"
  local help missing=()
  help=$(java -jar "$jar" help 2>&1 || true)
  for sub in dev-kafka dev-s3 ingest redact-stream sink; do
    grep -qE "^[[:space:]]+$sub([[:space:]]|,|$)" <<<"$help" || missing+=("$sub")
  done
  ((${#missing[@]} == 0)) || die "$jar lacks the subcommand(s): ${missing[*]} (the pipeline stages have not landed)"
}

# ---------------------------------------------------------------- Consul registration (process mode)

# Reads `tags = [...]` of the service in nomad/<job>.nomad.hcl, so registrations match the job spec.
job_tags() {
  sed -n '/^    service {/,/^    }/s/^ *tags *= *\[\(.*\)\]/\1/p' "$root/nomad/$1.nomad.hcl" | head -n 1
}

register() {
  local job=$1 index=$2 port=$3
  curl -fsS -X PUT "$CONSUL_HTTP_ADDR/v1/agent/service/register" --data @- <<JSON
{
  "ID": "$job-$index", "Name": "$job", "Tags": [$(job_tags "$job")],
  "Address": "127.0.0.1", "Port": $port,
  "Meta": {"alloc_index": "$index", "alloc_id": "dev-$job-$index", "metrics_path": "/metrics"},
  "Check": {"Name": "health", "HTTP": "http://127.0.0.1:$port/health", "Interval": "5s", "Timeout": "3s",
            "DeregisterCriticalServiceAfter": "2m"}
}
JSON
}

deregister() { curl -fsS -X PUT "$CONSUL_HTTP_ADDR/v1/agent/service/deregister/$1" >/dev/null 2>&1 || true; }

stage_env() {
  local job=$1 index=$2 port=$3
  echo NOMAD_ALLOC_INDEX="$index" NOMAD_ALLOC_ID="dev-$job-$index" \
    TC_METRICS_PORT="$port" TC_METRICS_BIND=127.0.0.1 \
    TC_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" TC_S3_ENDPOINT="http://127.0.0.1:$S3_PORT" \
    AWS_ACCESS_KEY_ID="$S3_ACCESS_KEY" AWS_SECRET_ACCESS_KEY="$S3_SECRET_KEY" AWS_REGION=us-east-1
}

start_instance() {
  local job=$1 index=$2 base port heap
  case $job in
    redact-stream) base=$REDACT_STREAM_PORT_BASE; heap=384 ;;
    sink) base=$SINK_PORT_BASE; heap=256 ;;
    *) die "unknown job $job" ;;
  esac
  port=$((base + index))
  mkdir -p "$state/data/$job-$index"
  # shellcheck disable=SC2046 # stage_env prints NAME=VALUE words for env
  start "$job-$index" env $(stage_env "$job" "$index" "$port") \
    TC_STATE_DIR="$state/data/$job-$index" TC_DESTINATION=s3://destination/ \
    TC_SPOOL_DIR="$state/data/$job-$index" \
    java "-Xms${heap}m" "-Xmx${heap}m" -XX:+ExitOnOutOfMemoryError -jar "$jar" "$job"
  register "$job" "$index" "$port"
}

count_of() { local n=0; while running "$1-$n"; do n=$((n + 1)); done; echo "$n"; }

scale_processes() {
  local job=$1 want=$2 have i
  have=$(count_of "$job")
  for ((i = have; i < want; i++)); do start_instance "$job" "$i"; done
  for ((i = have - 1; i >= want; i--)); do deregister "$job-$i"; stop "$job-$i"; done
  log "$job: count $want"
}

# ---------------------------------------------------------------- commands

up() {
  mkdir -p "$state"/{pids,logs,data,s3/source,s3/destination,prometheus}
  tools
  need_jar
  local bin
  bin=$(tools_dir)

  start consul "$bin/consul" agent -dev -bind 127.0.0.1 -client 127.0.0.1 -http-port "$CONSUL_HTTP_PORT" \
    -dns-port -1 -grpc-port -1 -grpc-tls-port -1 -server-port 18300 -serf-lan-port 18301 -serf-wan-port 18302 \
    -node dev-cluster -log-level warn
  wait_for "Consul leader" 60 curl -fsS "$CONSUL_HTTP_ADDR/v1/status/leader" --max-time 2 -o /dev/null

  # Prometheus with the project's config: only the Consul address and intervals differ.
  sed -e "s/server: 127.0.0.1:8500/server: 127.0.0.1:$CONSUL_HTTP_PORT/" \
      -e 's/scrape_interval: 15s/scrape_interval: 5s/' -e 's/evaluation_interval: 15s/evaluation_interval: 5s/' \
      -e 's/refresh_interval: 10s/refresh_interval: 5s/' \
      "$root/monitoring/prometheus/prometheus.yml" >"$state/prometheus/prometheus.yml"
  rm -rf "$state/prometheus/rules" && cp -R "$root/monitoring/prometheus/rules" "$state/prometheus/rules"
  "$bin/promtool" check config "$state/prometheus/prometheus.yml" >/dev/null
  start prometheus "$bin/prometheus" --config.file="$state/prometheus/prometheus.yml" \
    --storage.tsdb.path="$state/prometheus/data" --web.listen-address="127.0.0.1:$PROMETHEUS_PORT" \
    --web.enable-lifecycle
  wait_for "Prometheus" 60 curl -fsS "$PROMETHEUS_URL/-/ready" --max-time 2 -o /dev/null

  if ((have_nomad)); then
    # Ports and drivers only exist as agent configuration, not as flags.
    cat >"$state/nomad.hcl" <<HCL
bind_addr = "127.0.0.1"
ports {
  http = $NOMAD_HTTP_PORT
  rpc  = $((NOMAD_HTTP_PORT + 1))
  serf = $((NOMAD_HTTP_PORT + 2))
}
consul {
  address = "127.0.0.1:$CONSUL_HTTP_PORT"
}
plugin "raw_exec" {
  config {
    enabled = true
  }
}
HCL
    start nomad "$bin/nomad" agent -dev -network-interface lo -config "$state/nomad.hcl"
    wait_for "Nomad" 60 "$bin/nomad" node status
    local vars=(-var "jar=$jar" -var "java=$(command -v java)")
    "$bin/nomad" job run -detach "${vars[@]}" -var "port=$KAFKA_PORT" -var "data_dir=$state/data/kafka" "$root/nomad/dev-kafka.nomad.hcl"
    "$bin/nomad" job run -detach "${vars[@]}" -var "port=$S3_PORT" -var "source_dir=$state/s3/source" \
      -var "destination_dir=$state/s3/destination" "$root/nomad/dev-s3.nomad.hcl"
    wait_for "Kafka" 120 tcp_open "$KAFKA_PORT"
    wait_for "S3 store" 120 tcp_open "$S3_PORT"
    vars+=(-var driver=raw_exec -var artifact_url= -var artifact_checksum=none -var "bootstrap_servers=127.0.0.1:$KAFKA_PORT")
    "$bin/nomad" job run -detach "${vars[@]}" -var instances=1 "$root/nomad/redact-stream.nomad.hcl"
    "$bin/nomad" job run -detach "${vars[@]}" -var destination=s3://destination/ \
      -var "s3_endpoint=http://127.0.0.1:$S3_PORT" "$root/nomad/sink.nomad.hcl"
    "$bin/nomad" job run -detach "${vars[@]}" -var default_destination=s3://destination/ \
      -var "s3_endpoint=http://127.0.0.1:$S3_PORT" "$root/nomad/ingest.nomad.hcl"
    echo nomad >"$state/mode"
  else
    start dev-kafka java -Xmx512m -jar "$jar" dev-kafka --port "$KAFKA_PORT" --data-dir "$state/data/kafka"
    start dev-s3 env AWS_ACCESS_KEY_ID="$S3_ACCESS_KEY" AWS_SECRET_ACCESS_KEY="$S3_SECRET_KEY" \
      java -Xmx256m -jar "$jar" dev-s3 --port "$S3_PORT" \
      --bucket "source=$state/s3/source" --bucket "destination=$state/s3/destination"
    wait_for "Kafka" 120 tcp_open "$KAFKA_PORT"
    wait_for "S3 store" 120 tcp_open "$S3_PORT"
    (($(count_of redact-stream) >= 1)) || scale_processes redact-stream 1
    (($(count_of sink) >= 1)) || scale_processes sink 1
    echo processes >"$state/mode"
  fi
  log "up: Consul $CONSUL_HTTP_ADDR, Prometheus $PROMETHEUS_URL, Kafka 127.0.0.1:$KAFKA_PORT, S3 http://127.0.0.1:$S3_PORT ($(cat "$state/mode"))"
}

down() {
  [[ -d $state/pids ]] || { log "nothing to stop"; return 0; }
  local f name
  if [[ $(cat "$state/mode" 2>/dev/null) == nomad ]] && running nomad; then
    for job in ingest sink redact-stream dev-s3 dev-kafka; do
      "$(tools_dir)/nomad" job stop -purge "$job" >/dev/null 2>&1 || true
    done
  fi
  # Stages first, then the infrastructure they use.
  for f in "$state"/pids/ingest-*.pid "$state"/pids/redact-stream-*.pid "$state"/pids/sink-*.pid; do
    [[ -f $f ]] || continue
    name=$(basename "$f" .pid)
    running consul && deregister "$name"
    stop "$name"
  done
  for name in nomad dev-s3 dev-kafka prometheus consul; do stop "$name"; done
  log "down"
}

status() {
  local f name
  for f in "$state"/pids/*.pid; do
    [[ -f $f ]] || continue
    name=$(basename "$f" .pid)
    if running "$name"; then echo "running  $name (pid $(cat "$f"))"; else echo "exited   $name"; fi
  done
  if running consul; then
    echo "Consul checks:"
    curl -fsS "$CONSUL_HTTP_ADDR/v1/agent/checks" | python3 -c '
import json, sys
for c in json.load(sys.stdin).values():
    print("  %-20s %s" % (c["ServiceID"] or "(node)", c["Status"]))'
  fi
  if running prometheus; then
    echo "Prometheus targets:"
    curl -fsS "$PROMETHEUS_URL/api/v1/targets?state=active" | python3 -c '
import json, sys
for t in json.load(sys.stdin)["data"]["activeTargets"]:
    print("  %-15s %-20s %s" % (t["labels"]["job"], t["labels"]["instance"], t["health"]))'
  fi
}

scale() {
  local job=${1:?usage: scale JOB N} n=${2:?usage: scale JOB N}
  [[ $job == redact-stream || $job == sink ]] || die "only redact-stream and sink scale"
  if [[ $(cat "$state/mode" 2>/dev/null) == nomad ]]; then
    "$(tools_dir)/nomad" job scale "$job" "$n"
  else
    scale_processes "$job" "$n"
  fi
}

dispatch_ingest() {
  local source=${1:?usage: dispatch-ingest SOURCE [DESTINATION]} dest=${2:-s3://destination/} n port
  if [[ $(cat "$state/mode" 2>/dev/null) == nomad ]]; then
    "$(tools_dir)/nomad" job dispatch -detach -meta "source=$source" -meta "destination=$dest" ingest
    return
  fi
  n=0; while [[ -f $(pidfile "ingest-$n") ]]; do n=$((n + 1)); done
  port=$((INGEST_PORT_BASE + n))
  mkdir -p "$state/rc" && rm -f "$state/rc/ingest-$n"
  export RC_FILE=$state/rc/ingest-$n
  # shellcheck disable=SC2046 # stage_env prints NAME=VALUE words for env
  # A batch task: the wrapper records the exit code in rc/ingest-N (as Nomad records a task's
  # exit) and passes SIGTERM on to java.
  # shellcheck disable=SC2016 # the script is for the inner bash
  # The linger (longer than the 5 s scrape plus the 10 s Consul refresh) lets Prometheus scrape
  # the final counts of a run that ends within seconds.
  start "ingest-$n" env $(stage_env ingest "$n" "$port") TC_SOURCE="$source" TC_DESTINATION="$dest" \
    TC_METRICS_LINGER_SECONDS=20 \
    bash -c 'trap "kill -TERM \$child 2>/dev/null" TERM; "$@" & child=$!; wait $child; rc=$?
             wait $child 2>/dev/null; rc2=$?; [[ $rc2 != 127 ]] && rc=$rc2; echo $rc >"$RC_FILE"; exit $rc' ingest \
    java -Xms384m -Xmx384m -XX:+ExitOnOutOfMemoryError -jar "$jar" ingest
  register ingest "$n" "$port"
  echo "ingest-$n"
}

case ${1:-} in
  up) up ;;
  down) down ;;
  status) status ;;
  bin-dir) tools_dir ;;
  scale) shift; scale "$@" ;;
  dispatch-ingest) shift; dispatch_ingest "$@" ;;
  env)
    echo "CONSUL_HTTP_ADDR=$CONSUL_HTTP_ADDR NOMAD_ADDR=$NOMAD_ADDR PROMETHEUS_URL=$PROMETHEUS_URL"
    echo "KAFKA=127.0.0.1:$KAFKA_PORT S3_ENDPOINT=http://127.0.0.1:$S3_PORT S3_DIR=$state/s3"
    ;;
  *) sed -n '2,12p' "$0" >&2; exit 2 ;;
esac
