# shellcheck shell=bash
# Stops with a message naming the port when something already listens on it.
ensure_port_free() {
  local port="$1" what="$2"
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "port $port is busy (needed for the $what). Stop whatever listens on it (e.g. 'ss -ltnp | grep :$port') and run this again."
  fi
}

# Waits until an HTTP URL answers, or fails after a number of seconds.
wait_for_http() {
  local url="$1" seconds="$2"
  for _ in $(seq "$seconds"); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    sleep 1
  done
  return 1
}
