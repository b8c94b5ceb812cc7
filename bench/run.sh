#!/usr/bin/env bash
# Speed and size of the site, measured against nginx serving the same bytes.
#
# Builds the site in Release, starts it on a loopback port with the real content, saves a Thai
# article page with its assets into a folder that nginx serves on another loopback port, then
# runs wrk against both in turn (app, nginx, app, nginx) for the article, and against the app
# for the home page, the timeline, a search and an API call. Prints requests per second, p50
# and p99 latency, the app-to-nginx ratio, the app's memory, and the article's transfer size.
#
#   bench/run.sh                  # 10 s per run, 64 connections
#   DURATION=30s CONNECTIONS=64 bench/run.sh
#   WARMUP=30s bench/run.sh       # longer unmeasured load on the article first (15 s by default)
#   QUIET=30 bench/run.sh         # wait longer before the last memory reading (15 s by default)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ROOT=$(repo_root)
OUT="$ROOT/bench/out"
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-15s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
APP_PORT=${APP_PORT:-5181}
NGINX_PORT=${NGINX_PORT:-5182}
ARTICLE=/th/articles/what-is-social-credit

ensure_tools wrk nginx curl
rm -rf "$OUT" && mkdir -p "$OUT/static" "$OUT/nginx"

echo "building the site (Release)..." >&2
publish_site "$OUT/site"
APP_PID=$(start_site "$OUT/site" "$APP_PORT" "$OUT/site.log")
NGINX_PID=""
cleanup() {
  kill "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
}
trap cleanup EXIT
APP="http://127.0.0.1:$APP_PORT"

# Warm up: the first request renders and fills the output cache; a short load on each measured
# address then lets the JIT finish optimising the hot paths and the thread pool grow, as they
# would have in a site that has been up for a while. None of this is measured.
SEARCH_PATH="/th/search?q=%E0%B9%80%E0%B8%84%E0%B8%A3%E0%B8%94%E0%B8%B4%E0%B8%95%E0%B8%AA%E0%B8%B1%E0%B8%87%E0%B8%84%E0%B8%A1"
# Under load on two cores the JIT's background re-optimisation of hot methods is slow, so the
# article (the page with a target) gets a longer warm-up than the rest.
echo "warming up..." >&2
for path in /th/ /th/timeline "$SEARCH_PATH" /api/v1/sources "$ARTICLE"; do
  curl -fs -o /dev/null "$APP$path" || true
  wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "$APP$path" >/dev/null
done
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$APP$ARTICLE" >/dev/null

# The article page and every asset it references, saved exactly as the app serves them.
curl -fs "$APP$ARTICLE" -o "$OUT/static/article.html"
mkdir -p "$OUT/static$(dirname "$ARTICLE")"
cp "$OUT/static/article.html" "$OUT/static$ARTICLE.html"
# And as a browser gets it: brotli-compressed, the bytes the app sends for Accept-Encoding: br.
curl -fs -H 'Accept-Encoding: br' "$APP$ARTICLE" -o "$OUT/static$ARTICLE.br"
ASSETS=$(grep -oE '(href|src)="[^"#?]+\.(css|js|woff2)"' "$OUT/static/article.html" | sed -E 's/^(href|src)="//; s/"$//' | sort -u)
for asset in $ASSETS; do
  mkdir -p "$OUT/static/$(dirname "$asset")"
  curl -fs "$APP/$asset" -o "$OUT/static/$asset"
done

cat > "$OUT/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  sendfile on;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $OUT/static;
    location = $ARTICLE {
      default_type "text/html; charset=utf-8";
      if (\$http_accept_encoding ~ br) { rewrite ^ $ARTICLE.br last; }
      try_files $ARTICLE.html =404;
    }
    location = $ARTICLE.br { internal; default_type "text/html; charset=utf-8"; add_header Content-Encoding br; add_header Vary Accept-Encoding; }
  }
}
NGINX
nginx -c "$OUT/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
sleep 0.5
NGINX="http://127.0.0.1:$NGINX_PORT"
curl -fs -o /dev/null "$NGINX$ARTICLE"

# run_wrk NAME URL [WRK OPTIONS]: one wrk run; appends "name rps p50 p99 errors" to the results.
RESULTS="$OUT/results.tsv"
: > "$RESULTS"
run_wrk() {
  local name=$1 url=$2 text
  text=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${@:3}" "$url")
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$text")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$text")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$text")
  errors=$(awk '/Non-2xx or 3xx/ {print $5} /Socket errors/ {print "socket-errors"}' <<<"$text" | paste -sd' ')
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$rps" "$p50" "$p99" "${errors:-0}" >> "$RESULTS"
  echo "  $name: $rps req/s, p50 $p50, p99 $p99" >&2
}

echo "measuring ($DURATION per run, $CONNECTIONS connections, $THREADS wrk threads)..." >&2
run_wrk "article (app) #1" "$APP$ARTICLE"
run_wrk "article (nginx) #1" "$NGINX$ARTICLE"
run_wrk "article (app) #2" "$APP$ARTICLE"
run_wrk "article (nginx) #2" "$NGINX$ARTICLE"
BROTLI=(-H 'Accept-Encoding: br, gzip')
run_wrk "article, brotli (app)" "$APP$ARTICLE" "${BROTLI[@]}"
run_wrk "article, brotli (nginx)" "$NGINX$ARTICLE" "${BROTLI[@]}"
run_wrk "home /th/ (app)" "$APP/th/"
run_wrk "timeline /th/timeline (app)" "$APP/th/timeline"
run_wrk "search (app)" "$APP$SEARCH_PATH"
run_wrk "API /api/v1/sources (app)" "$APP/api/v1/sources"

# Transfer size of the whole article page (HTML, CSS, JS, fonts) as a browser gets it (brotli).
TOTAL=0
for path in "$ARTICLE" $(printf '/%s ' $ASSETS); do
  bytes=$(curl -fs -H 'Accept-Encoding: br, gzip' -o /dev/null -w '%{size_download}' "$APP$path")
  TOTAL=$((TOTAL + bytes))
done

APP_RSS=$(rss_kb "$APP_PID")
APP_PEAK=$(peak_kb "$APP_PID")
APP_MEMORY=$(rss_breakdown "$APP_PID")
# And once the site has been quiet for a while: it returns memory to the OS when load stops
# (Hosting/MemoryTrim looks every 5 s).
sleep "${QUIET:-15}"
APP_RSS_QUIET=$(rss_kb "$APP_PID")
APP_MEMORY_QUIET=$(rss_breakdown "$APP_PID")

python3 - "$RESULTS" "$TOTAL" "$APP_RSS" "$APP_PEAK" "$APP_RSS_QUIET" "${QUIET:-15}" <<'PY'
import sys, statistics
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
def ms(v):
    v = v.strip()
    if v.endswith("us"): return float(v[:-2]) / 1000
    if v.endswith("ms"): return float(v[:-2])
    if v.endswith("s"): return float(v[:-1]) * 1000
    return float("nan")
print("| run | requests/s | p50 (ms) | p99 (ms) | non-2xx/errors |")
print("|---|---:|---:|---:|---|")
for name, rps, p50, p99, err in rows:
    print(f"| {name} | {float(rps):,.0f} | {ms(p50):.2f} | {ms(p99):.2f} | {err} |")
app = [float(r[1]) for r in rows if r[0].startswith("article (app)")]
ngx = [float(r[1]) for r in rows if r[0].startswith("article (nginx)")]
app_p99 = max(ms(r[3]) for r in rows if r[0].startswith("article (app)"))
ratio = statistics.mean(app) / statistics.mean(ngx)
total_kb = int(sys.argv[2]) / 1024
print()
print("| measure | value | target |")
print("|---|---:|---|")
print(f"| cached Thai article, app / nginx rate | {ratio:.2f} | >= 0.80 |")
print(f"| cached Thai article, app p99 at 64 connections | {app_p99:.2f} ms | < 20 ms |")
br = {r[0]: r for r in rows if r[0].startswith("article, brotli")}
if len(br) == 2:
    br_app, br_ngx = br["article, brotli (app)"], br["article, brotli (nginx)"]
    print(f"| same, brotli as browsers ask: app / nginx rate | {float(br_app[1]) / float(br_ngx[1]):.2f} | |")
    print(f"| same, brotli: app p99 at 64 connections | {ms(br_app[3]):.2f} ms | |")
print(f"| whole article page, compressed (HTML, CSS, JS, fonts) | {total_kb:.1f} KB | < 150 KB |")
print(f"| site resident memory right after the last run | {int(sys.argv[3]) / 1024:.0f} MB | |")
print(f"| site resident memory after the run, {sys.argv[6]} s quiet | {int(sys.argv[5]) / 1024:.0f} MB | < 200 MB |")
print(f"| site peak resident memory | {int(sys.argv[4]) / 1024:.0f} MB | |")
PY
echo
echo "Resident memory right after the last run: $APP_MEMORY"
echo "Resident memory after ${QUIET:-15} s quiet: $APP_MEMORY_QUIET"
echo "Response size, wrk requests without compression: $(wc -c < "$OUT/static/article.html") bytes of article HTML"

