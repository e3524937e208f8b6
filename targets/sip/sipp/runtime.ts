// SIPp: each app-style snippet is a UAS scenario, run by sipp in the foreground on the case's loopback port.
import { spawnSync } from "node:child_process";
import type { SipTargetRuntime } from "../../../protocols/sip/runtime/harness.js";

const runtime: SipTargetRuntime = {
  missing: () =>
    spawnSync("sipp", ["-v"], { stdio: "ignore" }).status !== null && spawnSync("which", ["sipp"]).status === 0
      ? null
      : "sipp is not installed (Debian package sip-tester)",
  command: (file) => ["sh", ["-c", 'exec sipp -sf "$0" -i 127.0.0.1 -p "$PORT" -nostdin', file]],
};

export default runtime;
