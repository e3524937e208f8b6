#!/usr/bin/env bash
# Primes ~/.m2 with what ../files/pom.xml needs (the JAIN-SIP API, its reference implementation, reload4j
# and the plugins of `install` and `run`), so the runtime layer resolves the classpath with `mvn -o`.
# Idempotent: skipped while the pom's hash matches the stamp. Run by .ci/install-runtimes.sh.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
POM="$HERE/../files/pom.xml"
M2_STAMP="$HOME/.m2/.snipgen-jain-sip.sha256"
log() { printf '[install-runtimes]   %s\n' "$*" >&2; }

command -v mvn >/dev/null || { log "mvn not found"; exit 1; }
want="$(sha256sum "$POM" | cut -d' ' -f1)"
have="$(cat "$M2_STAMP" 2>/dev/null || true)"
if [ "$want" = "$have" ]; then
  log "~/.m2 already primed for jain-sip"
else
  # What a user runs (target.json `install`, then `run` on a program beside the pom), and what the tests
  # run (dependency:build-classpath), then the same offline to prove nothing is missing.
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  cp "$POM" "$work/pom.xml"
  cat > "$work/Uas.java" <<'JAVA'
public class Uas {
    public static void main(String[] args) {
        System.out.println(javax.sip.message.Response.ACCEPTED + " " + gov.nist.javax.sip.SipStackImpl.class.getName());
    }
}
JAVA
  mvnq() { (cd "$work" && mvn -B -q -Dstyle.color=never "$@") >&2; }
  mvnq dependency:resolve
  mvnq compile exec:java dependency:build-classpath -Dmdep.outputFile=target/cp.txt
  rm -rf "$work/target"
  mvnq -o compile exec:java dependency:build-classpath -Dmdep.outputFile=target/cp.txt
  mkdir -p "$(dirname "$M2_STAMP")"
  echo "$want" > "$M2_STAMP"
fi
log "$(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g'); $(java -version 2>&1 | head -1)"
