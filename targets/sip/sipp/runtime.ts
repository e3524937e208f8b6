// SIPp: each app-style snippet is a UAS scenario, run by sipp in the foreground on the case's loopback port.
// The handler style is the scenario's body (its recv and send steps), which the app style holds unchanged.
import { spawnSync } from "node:child_process";
import type { SipTargetRuntime } from "../../../protocols/sip/runtime/harness.js";

const runtime: SipTargetRuntime = {
  missing: () =>
    spawnSync("sipp", ["-v"], { stdio: "ignore" }).status !== null && spawnSync("which", ["sipp"]).status === 0
      ? null
      : "sipp is not installed (Debian package sip-tester)",
  command: (file) => ["sh", ["-c", 'exec sipp -sf "$0" -i 127.0.0.1 -p "$PORT" -nostdin', file]],
  handlerInApp: {
    how: "the body of the uas.xml scenario the runtime layer runs",
    // The leading comment says where the steps go; the rest is the steps.
    code: (handler) => handler.replace(/^<!--[\s\S]*?-->\n/, ""),
  },
};

export default runtime;
