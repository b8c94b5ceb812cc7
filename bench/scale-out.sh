#!/usr/bin/env bash
# Scale-out check: two instances of the site behind deploy/nginx-lb.conf on loopback; wrk reads
# a Thai article through nginx; in the middle of the run one instance is killed. Prints how many
# requests failed, and how many failed after the first second following the kill (target: none).
#
#   bench/scale-out.sh            # 15 s run, kill after 5 s
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ROOT=$(repo_root)
OUT="$ROOT/bench/out-scale"
DURATION=${DURATION:-15}
KILL_AFTER=${KILL_AFTER:-5}
CONNECTIONS=${CONNECTIONS:-32}
ARTICLE=/th/articles/what-is-social-credit

ensure_tools wrk nginx curl
rm -rf "$OUT" && mkdir -p "$OUT"
echo "building the site (Release)..." >&2
publish_site "$OUT/site"
# Set before anything starts, so that an instance is stopped even when the next one fails to start.
A="" B="" NGINX=""
trap 'kill $A $B $NGINX 2>/dev/null || true' EXIT
A=$(start_site "$OUT/site" 5191 "$OUT/a.log")
B=$(start_site "$OUT/site" 5192 "$OUT/b.log")
sed -e "s|^events|pid $OUT/nginx.pid;\nerror_log $OUT/nginx-error.log;\nevents|" "$ROOT/deploy/nginx-lb.conf" > "$OUT/nginx.conf"
nginx -c "$OUT/nginx.conf" -g 'daemon off;' &
NGINX=$!
sleep 0.5
curl -fs -o /dev/null "http://127.0.0.1:5190$ARTICLE"

# wrk records the second of every failed response; the main thread prints them at the end.
cat > "$OUT/failures.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) failed = "" end
function response(status, headers, body)
  if status >= 400 then failed = failed .. os.time() .. " " end
end
function done(summary, latency, requests)
  io.write("SOCKET_ERRORS ", summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, "\n")
  io.write("REQUESTS ", summary.requests, "\n")
  for _, thread in ipairs(threads) do io.write("FAILED ", thread:get("failed"), "\n") end
end
LUA

START=$(date +%s)
( sleep "$KILL_AFTER"; kill -9 "$A"; date +%s > "$OUT/killed-at" ) &
KILLER=$!
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$OUT/failures.lua" "http://127.0.0.1:5190$ARTICLE" > "$OUT/wrk.txt"
# Only the killer: a bare `wait` would also wait for nginx, which runs until the trap stops it.
wait "$KILLER"
KILLED=$(cat "$OUT/killed-at")

python3 - "$OUT/wrk.txt" "$START" "$KILLED" <<'PY'
import sys
text = open(sys.argv[1]).read().split("\n")
start, killed = int(sys.argv[2]), int(sys.argv[3])
requests = next(int(l.split()[1]) for l in text if l.startswith("REQUESTS"))
socket_errors = next(int(l.split()[1]) for l in text if l.startswith("SOCKET_ERRORS"))
failed = [int(t) for l in text if l.startswith("FAILED") for t in l.split()[1:]]
after_grace = [t for t in failed if t > killed + 1]
print("| measure | value | target |")
print("|---|---:|---|")
print(f"| requests through nginx | {requests:,} | |")
print(f"| instance killed at | {killed - start} s into the run | |")
print(f"| failed responses (4xx/5xx), whole run | {len(failed)} | |")
print(f"| socket errors, whole run | {socket_errors} | |")
print(f"| failed responses more than 1 s after the kill | {len(after_grace)} | 0 |")
PY
