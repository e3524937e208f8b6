// Node.js with npm's `sip`: each app-style snippet is `uas.mjs`, written under the repository's .tmp/ so
// Node resolves "sip" from its node_modules, and started as `node uas.mjs` with PORT set.
import { createRequire } from "node:module";
import { join } from "node:path";
import type { SipTargetRuntime } from "../../../protocols/sip/runtime/harness.js";
import { ROOT } from "../../../test/helpers/snipgen.js";

const INSIDE_REPO = join(ROOT, ".tmp");

const runtime: SipTargetRuntime = {
  missing() {
    try {
      createRequire(join(INSIDE_REPO, "x.mjs")).resolve("sip");
      return null;
    } catch {
      return "the npm package sip is not installed (npm install)";
    }
  },
  command: (file) => [process.execPath, [file]],
  parent: INSIDE_REPO,
};

export default runtime;
