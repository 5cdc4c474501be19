#!/usr/bin/env bash
# Start-up cost of the command line as whole processes: `iam-user --version` and `iam-user get`
# against a sandbox running in the background, beside a bare `java -version` (the JVM's own floor),
# both as plain `java -jar` and through the ./iam-user wrapper (quick JIT only, AppCDS archive made
# by a first `get`).
# Prints hyperfine's median, mean, spread and min/max per command. Installs hyperfine (Debian
# package) when it is missing. Usage: bench/startup.sh [RUNS] (default 15 runs after 3 warm-ups).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-15}"
jar=target/iam-user.jar

if ! command -v hyperfine >/dev/null; then
  echo "Installing hyperfine (apt-get)..." >&2
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq hyperfine >/dev/null
fi
if [ ! -f "$jar" ]; then
  echo "Building $jar (./mvnw -B -q package -DskipTests)..." >&2
  ./mvnw -B -q package -DskipTests
fi

work="$(mktemp -d)"
sandbox_pid=""
cleanup() {
  if [ -n "$sandbox_pid" ]; then
    kill "$sandbox_pid" 2>/dev/null || true
    wait "$sandbox_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The sandbox picks a free port (--port 0) and writes its credential to an .edgerc file.
java -jar "$jar" sandbox --port 0 --write-edgerc "$work/edgerc" >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 1 100); do
  [ -s "$work/edgerc" ] && break
  kill -0 "$sandbox_pid" 2>/dev/null || { cat "$work/sandbox.log" >&2; exit 1; }
  sleep 0.2
done
[ -s "$work/edgerc" ] || { echo "the sandbox did not write $work/edgerc within 20 s" >&2; exit 1; }
get="java -jar $jar get L-U-000000 --edgerc $work/edgerc --section sandbox"
$get >/dev/null   # fails the script now if the get does not work
wrapped_get="./iam-user get L-U-000000 --edgerc $work/edgerc --section sandbox"
rm -f target/iam-user.jsa
$wrapped_get >/dev/null   # the wrapper's first run after a build writes target/iam-user.jsa

hyperfine --warmup 3 --runs "$runs" --style basic --export-json "$work/startup.json" \
  -n "java -version (JVM floor)" "java -version" \
  -n "iam-user --version" "java -jar $jar --version" \
  -n "iam-user get (sandbox)" "$get" \
  -n "./iam-user --version (wrapper)" "./iam-user --version" \
  -n "./iam-user get (wrapper, sandbox)" "$wrapped_get" >&2

python3 - "$work/startup.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
print("| command | median (ms) | mean ± σ (ms) | min … max (ms) |")
print("|---|---:|---:|---:|")
for r in results:
    ms = lambda s: s * 1000
    print(f"| `{r['command']}` | {ms(r['median']):.0f} | {ms(r['mean']):.0f} ± {ms(r['stddev']):.0f}"
          f" | {ms(r['min']):.0f} … {ms(r['max']):.0f} |")
PY
