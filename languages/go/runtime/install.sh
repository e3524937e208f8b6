#!/usr/bin/env bash
# Go's net/http is in the standard library: nothing to fetch, only check the toolchain is there.
set -euo pipefail
command -v go >/dev/null || { printf '[install-runtimes]   go not found\n' >&2; exit 1; }
printf '[install-runtimes]   %s\n' "$(go version)" >&2
