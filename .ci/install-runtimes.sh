#!/usr/bin/env bash
# Installs what the runtime and format layers run generated code with. Every language and target says
# what it needs in its own folder, and this script only collects it:
#   languages/*/runtime/apt-packages.txt, targets/*/*/runtime/apt-packages.txt   Debian packages
#   languages/*/runtime/requirements.txt, targets/*/*/runtime/requirements.txt   pip, into ONE venv
#                                                                                 outside the repo
#   languages/*/runtime/install.sh, targets/*/*/runtime/install.sh               anything else (e.g. ~/.m2)
# and test/<layer>/runtime/ for what a test layer itself needs (the shells of the completion tests).
# Idempotent: every step is skipped when already done, so a re-run takes seconds.
# Runs as root, no stdin (CI=true).
#
# Env:
#   SNIPGEN_VENV    venv location (default: $HOME/.cache/snipgen/venv)
#   SNIPGEN_PYTHON  interpreter used to create the venv (default: python3, must be >= 3.11)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${SNIPGEN_VENV:-$HOME/.cache/snipgen/venv}"
PYTHON="${SNIPGEN_PYTHON:-python3}"
cd "$ROOT"

log() { printf '[install-runtimes] %s\n' "$*" >&2; }
step_start() { STEP_T0=$(date +%s); log "$1"; }
step_end() { log "  done in $(( $(date +%s) - STEP_T0 ))s"; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# The runtime folders, in a stable order.
mapfile -t RUNTIME_DIRS < <(ls -d languages/*/runtime targets/*/*/runtime test/*/runtime 2>/dev/null | sort)

# ---------------------------------------------------------------- 1. Debian packages
mapfile -t APT_PKGS < <(for d in "${RUNTIME_DIRS[@]}"; do [ -f "$d/apt-packages.txt" ] && grep -v '^\s*\(#\|$\)' "$d/apt-packages.txt"; done | sort -u)
step_start "apt: ${APT_PKGS[*]:-(none)}"
missing=()
for p in "${APT_PKGS[@]}"; do
  status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)"
  [ "$status" = "install ok installed" ] || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "  installing: ${missing[*]}"
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
step_end

# ---------------------------------------------------------------- 2. Python venv
mapfile -t REQ_FILES < <(for d in "${RUNTIME_DIRS[@]}"; do [ -f "$d/requirements.txt" ] && echo "$d/requirements.txt"; done)
if [ "${#REQ_FILES[@]}" -gt 0 ]; then
  step_start "python venv: $VENV (${REQ_FILES[*]})"
  if ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
    log "  $PYTHON is $("$PYTHON" -V 2>&1); need >= 3.11 (set SNIPGEN_PYTHON)"
    exit 1
  fi
  # The stamp covers every requirements file and the interpreter that made the venv.
  want_hash="$( { cat "${REQ_FILES[@]}"; "$PYTHON" -c 'import sys; print(sys.version, sys.executable)'; } | sha256sum | cut -d' ' -f1)"
  have_hash="$(cat "$VENV/.snipgen-requirements.sha256" 2>/dev/null || true)"
  if [ "$want_hash" = "$have_hash" ] && [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import sys' 2>/dev/null; then
    log "  up to date"
  else
    rm -rf "$VENV"
    mkdir -p "$(dirname "$VENV")"
    "$PYTHON" -m venv "$VENV" >&2
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-input $(printf -- '-r %s ' "${REQ_FILES[@]}") >&2
    "$VENV/bin/python" -m pip check >&2
    # Every pinned distribution must import: by its own name, or the one a trailing "# import NAME" gives.
    "$VENV/bin/python" -c "import $(grep -hv '^\s*\(#\|$\)' "${REQ_FILES[@]}" | sed -E 's/.*#[[:space:]]*import[[:space:]]+([A-Za-z0-9_.]+).*/\1/; s/[=<>~!].*//; s/-/_/g' | paste -sd, -)"
    echo "$want_hash" > "$VENV/.snipgen-requirements.sha256"
  fi
  log "  $("$VENV/bin/python" -m pip freeze --disable-pip-version-check | grep -i -f <(cat "${REQ_FILES[@]}" | grep -v '^\s*\(#\|$\)' | sed 's/==.*//') | tr '\n' ' ')"
  step_end
fi

# ---------------------------------------------------------------- 3. Each folder's own steps
for d in "${RUNTIME_DIRS[@]}"; do
  if [ -f "$d/install.sh" ]; then
    step_start "$d/install.sh"
    bash "$d/install.sh"
    step_end
  fi
done

echo "SNIPGEN_VENV=$VENV"
