#!/usr/bin/env bash
# Installs the runtimes that snipgen's runtime tests run generated code on:
#   - Debian's Rails 6.1 (ruby-rails) + WEBrick (ruby-webrick) for single-file Rails apps
#   - a Python venv (outside the repo) with flask, fastapi/uvicorn, django, black
#   - the Maven cache (~/.m2) for test/runtime/spring-boot/pom.xml, usable with `mvn -o`
#   - checks Go (net/http is stdlib: nothing to fetch)
# Idempotent: every step is skipped when already done, so a re-run takes seconds.
# Runs as root, no stdin (CI=true). Prints the venv path and versions at the end.
#
# Env:
#   SNIPGEN_VENV    venv location (default: $HOME/.cache/snipgen/venv)
#   SNIPGEN_PYTHON  interpreter used to create the venv (default: python3, must be >= 3.11)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${SNIPGEN_VENV:-$HOME/.cache/snipgen/venv}"
PYTHON="${SNIPGEN_PYTHON:-python3}"
REQS="$ROOT/test/runtime/python/requirements.txt"
POM_DIR="$ROOT/test/runtime/spring-boot"
M2_STAMP="$HOME/.m2/.snipgen-spring-boot.sha256"

log() { printf '[install-runtimes] %s\n' "$*" >&2; }
step_start() { STEP_T0=$(date +%s); log "$1"; }
step_end() { log "  done in $(( $(date +%s) - STEP_T0 ))s"; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# ---------------------------------------------------------------- 1. apt (Rails)
APT_PKGS=(ruby ruby-rails ruby-webrick)
step_start "apt: ${APT_PKGS[*]}"
missing=()
for p in "${APT_PKGS[@]}"; do
  status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)"
  if [ "$status" != "install ok installed" ]; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "  installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt_install() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2; }
  # Only refresh the package lists when they are absent or the install fails on them.
  if ! ls /var/lib/apt/lists/*_Packages* >/dev/null 2>&1; then
    $SUDO apt-get update -q >&2
    apt_install
  elif ! apt_install; then
    $SUDO apt-get update -q >&2
    apt_install
  fi
else
  log "  already installed"
fi
ruby -e 'require "rails"; require "rack"; require "webrick"; puts "  ruby #{RUBY_VERSION}, rails #{Rails.version}, rack #{Rack.release}, webrick #{WEBrick::VERSION}"' >&2
step_end

# ---------------------------------------------------------------- 2. Python venv
step_start "python venv: $VENV"
if ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  log "  $PYTHON is $("$PYTHON" -V 2>&1); need >= 3.11 (set SNIPGEN_PYTHON)"
  exit 1
fi
# The stamp covers requirements.txt and the interpreter that made the venv.
want_hash="$( { cat "$REQS"; "$PYTHON" -c 'import sys; print(sys.version, sys.executable)'; } | sha256sum | cut -d' ' -f1)"
have_hash="$(cat "$VENV/.snipgen-requirements.sha256" 2>/dev/null || true)"
if [ "$want_hash" = "$have_hash" ] && [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import sys' 2>/dev/null; then
  log "  up to date"
else
  rm -rf "$VENV"
  mkdir -p "$(dirname "$VENV")"
  "$PYTHON" -m venv "$VENV" >&2
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-input -r "$REQS" >&2
  "$VENV/bin/python" -c 'import flask, fastapi, uvicorn, django, black, starlette'
  echo "$want_hash" > "$VENV/.snipgen-requirements.sha256"
fi
"$VENV/bin/python" - >&2 <<'EOF'
from importlib.metadata import version
print("  " + ", ".join(f"{p} {version(p)}" for p in ("flask", "fastapi", "starlette", "uvicorn", "django", "black")))
EOF
step_end

# ---------------------------------------------------------------- 3. Maven (Spring Boot)
step_start "maven: $POM_DIR/pom.xml"
command -v mvn >/dev/null || { log "  mvn not found"; exit 1; }
want_m2="$(sha256sum "$POM_DIR/pom.xml" | cut -d' ' -f1)"
have_m2="$(cat "$M2_STAMP" 2>/dev/null || true)"
if [ "$want_m2" = "$have_m2" ]; then
  log "  ~/.m2 already primed"
else
  # Prime the cache with exactly what the tests run: go-offline, then a real
  # compile and build-classpath on a throwaway copy (go-offline alone misses
  # plugin dependencies such as the compiler's), then prove it works offline.
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  cp "$POM_DIR/pom.xml" "$work/"
  mkdir -p "$work/src/main/java/snipgen/probe"
  cat > "$work/src/main/java/snipgen/probe/Probe.java" <<'EOF'
package snipgen.probe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;

@SpringBootApplication
public class Probe {
  public static void main(String[] args) {
    System.out.println(HttpStatus.ACCEPTED);
    if (args.length > 0) SpringApplication.run(Probe.class, args);
  }
}
EOF
  mvnq() { (cd "$work" && mvn -B -q -Dstyle.color=never "$@") >&2; }
  mvnq dependency:go-offline
  mvnq compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
  rm -rf "$work/target"
  mvnq -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
  java -cp "$work/target/classes:$(cat "$work/target/cp.txt")" snipgen.probe.Probe >/dev/null
  rm -rf "$work"
  trap - EXIT
  mkdir -p "$(dirname "$M2_STAMP")"
  echo "$want_m2" > "$M2_STAMP"
fi
log "  $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g'); $(java -version 2>&1 | head -1)"
step_end

# ---------------------------------------------------------------- 4. Go
step_start "go"
command -v go >/dev/null || { log "  go not found"; exit 1; }
log "  $(go version)"
step_end

echo "SNIPGEN_VENV=$VENV"
