#!/usr/bin/env bash
# Primes ~/.m2 with the Spring Boot artifacts of pom.xml (beside this file), so the runtime layer runs
# `mvn -o` offline. Idempotent: skipped while the pom's hash matches the stamp. Run by .ci/install-runtimes.sh.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
M2_STAMP="$HOME/.m2/.snipgen-spring-boot.sha256"
log() { printf '[install-runtimes]   %s\n' "$*" >&2; }

command -v mvn >/dev/null || { log "mvn not found"; exit 1; }
want_m2="$(sha256sum "$HERE/pom.xml" | cut -d' ' -f1)"
have_m2="$(cat "$M2_STAMP" 2>/dev/null || true)"
if [ "$want_m2" = "$have_m2" ]; then
  log "~/.m2 already primed"
else
  # Prime the cache with exactly what the tests run: go-offline, then a real compile and
  # build-classpath on a throwaway copy (go-offline alone misses plugin dependencies such as the
  # compiler's), then prove it works offline.
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  cp "$HERE/pom.xml" "$work/"
  mkdir -p "$work/src/main/java/snipgen/probe"
  cat > "$work/src/main/java/snipgen/probe/Probe.java" <<'JAVA'
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
JAVA
  mvnq() { (cd "$work" && mvn -B -q -Dstyle.color=never "$@") >&2; }
  mvnq dependency:go-offline
  mvnq compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
  rm -rf "$work/target"
  mvnq -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
  java -cp "$work/target/classes:$(cat "$work/target/cp.txt")" snipgen.probe.Probe >/dev/null
  mkdir -p "$(dirname "$M2_STAMP")"
  echo "$want_m2" > "$M2_STAMP"
fi
log "$(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g'); $(java -version 2>&1 | head -1)"
