#!/usr/bin/env bash
# sipgo: fetch the modules files/go.mod pins (with go.sum's hashes) into the Go module cache and build
# them once, so the runtime layer's builds of each snippet need no network and little time.
set -euo pipefail
command -v go >/dev/null || { printf '[install-runtimes]   go not found\n' >&2; exit 1; }
cd "$(dirname "${BASH_SOURCE[0]}")/../files"
go mod download
go build github.com/emiago/sipgo github.com/emiago/sipgo/sip
printf '[install-runtimes]   sipgo %s (%s)\n' "$(go list -m -f '{{.Version}}' github.com/emiago/sipgo)" "$(go version)" >&2
