// Kamailio: each app-style snippet is a whole kamailio.cfg, started in the foreground on the case's
// loopback port, its runtime files in the case's own folder. The handler style is the cfg's request_route
// block, which the app style holds unchanged.
import { spawnSync } from "node:child_process";
import { dirname } from "node:path";
import type { SipTargetRuntime } from "../../../protocols/sip/runtime/harness.js";

const runtime: SipTargetRuntime = {
  missing: () => (spawnSync("kamailio", ["-v"], { stdio: "ignore" }).status === 0 ? null : "kamailio is not installed (Debian package kamailio)"),
  command: (file) => ["sh", ["-c", 'exec kamailio -f "$0" -DD -E -Y "$1" -l "udp:127.0.0.1:$PORT"', file, dirname(file)]],
  handlerInApp: {
    how: "the request_route block of the kamailio.cfg the runtime layer runs",
    // The leading "#" lines say which modules to load; the rest is the block.
    code: (handler) => handler.replace(/^(#.*\n)+/, ""),
  },
};

export default runtime;
