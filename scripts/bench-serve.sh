#!/usr/bin/env bash
# `make bench`'s preview server figures: `beroepsbeeld serve` on Profiles/ (release build), one
# occupation page under 50 concurrent connections for 10 s with wrk (Debian's package, installed here
# when missing), on loopback only. Prints requests per second and the 99th percentile next to their goals.
set -euo pipefail
bin="${1:-.build/release/beroepsbeeld}"
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
"$bin" serve Profiles --port "$port" >"$log" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 100); do grep -q "serving" "$log" && break; sleep 0.1; done
grep -q "serving" "$log" || { cat "$log" >&2; exit 1; }
url="http://127.0.0.1:$port/beroep/wijkverpleegkundige.html"
result=$(wrk -t2 -c50 -d10s --latency "$url")
rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$result")
p99=$(awk '$1 == "99%" { print $2 }' <<<"$result")
errors=$(awk '/Non-2xx|Socket errors/ { print }' <<<"$result")
echo "serve: a profile page, 50 connections, 10 s: ${rps} req/s (goal >= 2000), p99 ${p99} (goal < 20 ms)${errors:+; $errors}"
