// JAIN-SIP: each app-style snippet is Uas.java, started by the JDK's source-file launcher (`java Uas.java`,
// JEP 330: compiled in memory, no build step per case) on the classpath of files/pom.xml, the pom a user
// gets beside the program. The classpath comes from `mvn -o dependency:build-classpath` on that pom
// (~/.m2 is primed by runtime/install.sh), cached under .tmp/ per version of the pom.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SipTargetRuntime } from "../../../protocols/sip/runtime/harness.js";
import { ROOT } from "../../../test/helpers/snipgen.js";
import { commandWorks } from "../../../test/helpers/toolchains.js";

export const POM = fileURLToPath(new URL("./files/pom.xml", import.meta.url));
/** A small JVM starts faster: the programs answer one request each. */
export const JVM_FLAGS = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"];

let classpath: string | null = null;

/** The dependencies of files/pom.xml as a classpath, or throws with mvn's output. */
export function dependencyClasspath(): string {
  if (classpath !== null) return classpath;
  const dir = join(ROOT, ".tmp", "jain-sip");
  const file = join(dir, `cp-${createHash("sha256").update(readFileSync(POM)).digest("hex").slice(0, 16)}.txt`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}`;
    const r = spawnSync("mvn", ["-B", "-q", "-o", "-Dstyle.color=never", "-f", POM, "dependency:build-classpath", `-Dmdep.outputFile=${partial}`], {
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`mvn -o dependency:build-classpath failed (run .ci/install-runtimes.sh):\n${r.stdout}${r.stderr}`);
    renameSync(partial, file);
  }
  return (classpath = readFileSync(file, "utf8").trim());
}

export function toolchainMissing(): string | null {
  if (!commandWorks("java", ["-version"]) || !commandWorks("javac", ["-version"])) return "a JDK (java, javac) is not installed";
  if (!commandWorks("mvn", ["-v"])) return "mvn is not installed";
  try {
    dependencyClasspath();
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

const runtime: SipTargetRuntime = {
  missing: toolchainMissing,
  command: (file) => ["java", [...JVM_FLAGS, "-cp", dependencyClasspath(), file]],
};

export default runtime;
