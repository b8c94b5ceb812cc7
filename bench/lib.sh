# Shared by the bench and scale-out scripts: build the site once in Release and start/stop it.
# Sourced, not run.

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
repo_root() { echo "$REPO_ROOT"; }

ensure_tools() {
  local missing=()
  for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# publish_site OUT: a Release build of the web app into OUT.
publish_site() {
  dotnet publish "$(repo_root)/src/SocialCreditExplainer.Web" -c Release -o "$1" --nologo -v quiet >/dev/null
}

# start_site DIR PORT LOGFILE: runs the published site on 127.0.0.1:PORT with the repo's content;
# prints the pid. Request logging stays on (as in production) but goes to a buffered file, as a
# production host that logs to files would, rather than to a console.
start_site() {
  local dir=$1 port=$2 log=$3
  # Something already listening there would answer the readiness check and be measured instead.
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is already in use; stop whatever listens there first" >&2
    return 1
  fi
  (
    cd "$dir" && \
    ASPNETCORE_URLS="http://127.0.0.1:$port" \
    ASPNETCORE_ENVIRONMENT=Production \
    Content__Root="$(repo_root)/content" \
    Content__WatchForChanges=false \
    RateLimits__PermitsPerMinute=100000000 \
    Serilog__WriteTo__0__Name=File \
    Serilog__WriteTo__0__Args__path="$log" \
    Serilog__WriteTo__0__Args__buffered=true \
    exec dotnet SocialCreditExplainer.Web.dll >"$log.stdout" 2>&1
  ) &
  local pid=$!
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && { echo "$pid"; return 0; }
    sleep 0.2
  done
  echo "site on port $port did not become ready; see $log.stdout" >&2
  return 1
}

# rss_breakdown PID: where a .NET process's resident memory is, in MiB: mapped files (the runtime,
# framework and app assemblies and native libraries), JIT-compiled code, and the rest (GC heap,
# thread stacks, native allocations).
rss_breakdown() {
  awk '/^[0-9a-f]+-[0-9a-f]+ / { kind = ($6 ~ /doublemapper/) ? "jit" : ($6 ~ /^\//) ? "files" : "other" }
       /^Rss:/ { kb[kind] += $2 }
       END { printf "mapped files %d MB, JIT code %d MB, heap and other %d MB\n", kb["files"]/1024, kb["jit"]/1024, kb["other"]/1024 }' "/proc/$1/smaps"
}

# rss_kb PID / peak_kb PID: resident and peak resident memory of a process, in KiB.
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
peak_kb() { awk '/^VmHWM/ {print $2}' "/proc/$1/status"; }
