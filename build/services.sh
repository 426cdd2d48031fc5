#!/usr/bin/env bash
# Starts (or stops) the loopback services the tests use, with all state under $CSEC_STATE:
#   127.0.0.1:5000  docker-registry, no auth, deletes enabled
#   127.0.0.1:5001  docker-registry, htpasswd basic auth (csecuser / csecpass)
#   $CSEC_STATE/podman.sock  the Podman Docker-API service (vfs storage inside $CSEC_STATE/podman)
# and writes $CSEC_STATE/env (export lines) for the tests and for `source`.
# Usage: build/services.sh start|stop|status
set -euo pipefail

STATE=${CSEC_STATE:-/tmp/csec-services}
PODMAN_DIR=$STATE/podman
PODMAN_ARGS=(--root "$PODMAN_DIR/root" --runroot "$PODMAN_DIR/runroot" --tmpdir "$PODMAN_DIR/tmp"
             --storage-driver vfs --cgroup-manager cgroupfs --events-backend file)

die() { echo "services.sh: $*" >&2; exit 1; }
alive() { [[ -f $STATE/$1.pid ]] && kill -0 "$(cat "$STATE/$1.pid")" 2>/dev/null; }

# wait_for NAME CHECK-COMMAND...: up to 30 s for the check to pass while the process is alive.
wait_for() {
  local name=$1; shift
  for _ in $(seq 150); do
    "$@" >/dev/null 2>&1 && return 0
    alive "$name" || die "$name exited during start-up; see $STATE/$name.log: $(tail -n 5 "$STATE/$name.log")"
    sleep 0.2
  done
  die "$name did not answer within 30 s; see $STATE/$name.log"
}

# launch NAME COMMAND...: starts COMMAND detached, logging to $STATE/NAME.log, unless NAME already runs.
launch() {
  local name=$1; shift
  alive "$name" && return 0
  setsid "$@" >"$STATE/$name.log" 2>&1 </dev/null &
  echo $! >"$STATE/$name.pid"
}

registry_config() { # PORT [auth]
  cat <<EOF
version: 0.1
log: {level: warn, accesslog: {disabled: true}}
storage:
  filesystem: {rootdirectory: $STATE/registry-$1}
  delete: {enabled: true}
http: {addr: "127.0.0.1:$1", secret: csec-local-only}
EOF
  [[ ${2:-} == auth ]] && printf 'auth:\n  htpasswd: {realm: csec, path: %s/htpasswd}\n' "$STATE"
  return 0
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  mkdir -p "$STATE" "$PODMAN_DIR"/{root,runroot,tmp}
  [[ -s $STATE/htpasswd ]] || htpasswd -Bbn csecuser csecpass >"$STATE/htpasswd"
  for port in 5000 5001; do
    alive "registry-$port" || port_free "$port" || die "127.0.0.1:$port is taken by another process (a packaged docker-registry service? systemctl stop docker-registry)"
    registry_config "$port" $([[ $port == 5001 ]] && echo auth) >"$STATE/registry-$port.yml"
    launch "registry-$port" /usr/bin/docker-registry serve "$STATE/registry-$port.yml"
  done
  alive podman || rm -f "$STATE/podman.sock"
  launch podman podman "${PODMAN_ARGS[@]}" system service --time=0 "unix://$STATE/podman.sock"

  wait_for registry-5000 curl -fsS http://127.0.0.1:5000/v2/
  wait_for registry-5001 curl -fsS -u csecuser:csecpass http://127.0.0.1:5001/v2/
  wait_for podman curl -fsS --unix-socket "$STATE/podman.sock" http://d/_ping
  [[ $(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:5001/v2/) == 401 ]] || die "registry on 5001 does not ask for credentials"

  cat >"$STATE/env" <<EOF
export CSEC_STATE=$STATE
export CSEC_REGISTRY=localhost:5000
export CSEC_AUTH_REGISTRY=localhost:5001
export CSEC_AUTH_USER=csecuser
export CSEC_AUTH_PASSWORD=csecpass
export CSEC_PODMAN_SOCKET=unix://$STATE/podman.sock
export CSEC_PODMAN_ROOT=$PODMAN_DIR/root
export CSEC_PODMAN_RUNROOT=$PODMAN_DIR/runroot
export CSEC_PODMAN_TMPDIR=$PODMAN_DIR/tmp
export CSEC_PODMAN_STORAGE_DRIVER=vfs
export CSEC_PODMAN_ARGS="${PODMAN_ARGS[*]}"
EOF
  echo "services.sh: registry localhost:5000, auth registry localhost:5001, podman unix://$STATE/podman.sock (env: $STATE/env)"
}

stop() {
  for name in podman registry-5001 registry-5000; do
    if alive "$name"; then
      local pid; pid=$(cat "$STATE/$name.pid")
      kill "$pid"
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    fi
    rm -f "$STATE/$name.pid"
  done
  rm -f "$STATE/podman.sock" "$STATE/env"
  echo "services.sh: stopped"
}

status() {
  local rc=0
  for name in registry-5000 registry-5001 podman; do
    if alive "$name"; then echo "$name: running (pid $(cat "$STATE/$name.pid"))"; else echo "$name: stopped"; rc=1; fi
  done
  return $rc
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status   (state in \${CSEC_STATE:-/tmp/csec-services})" >&2; exit 2 ;;
esac
