// Go with sipgo: each app-style snippet is built beside the go.mod and go.sum snipgen gives with it
// (targets/sip/sipgo/files/), from the module cache runtime/install.sh fills, and the binary is started
// with PORT set. The binary lands in the case's own folder, which the layer removes afterwards.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { SipTargetRuntime } from "../../../protocols/sip/runtime/harness.js";

/** The files snipgen gives beside the program (go.mod, go.sum). */
export const FILES = fileURLToPath(new URL("./files", import.meta.url));

const runtime: SipTargetRuntime = {
  missing() {
    if (spawnSync("go", ["version"], { stdio: "ignore" }).status !== 0) return "go is not installed";
    // With the proxy off, this succeeds only when every pinned module is in the module cache already.
    const cached = spawnSync("go", ["mod", "download"], { cwd: FILES, stdio: "ignore", env: { ...process.env, GOPROXY: "off" } });
    return cached.status === 0 ? null : "the sipgo modules are not in the Go module cache (bash targets/sip/sipgo/runtime/install.sh)";
  },
  command: (file) => ["sh", ["-c", 'cp "$1/go.mod" "$1/go.sum" . && go build -o uas "$0" && exec ./uas', file, FILES]],
};

export default runtime;
