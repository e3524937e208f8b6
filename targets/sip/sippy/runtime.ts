// Sippy: each app-style snippet is `uas.py`, started as `python uas.py` with PORT set, by the venv's
// Python (.ci/install-runtimes.sh installs sippy there from runtime/requirements.txt). A handler-style
// snippet's recvRequest is called with the request as Sippy parses it (SipRequest); the To tag it returns
// without is added the way SipTransactionManager.sendResponse adds it (every answer but 100), and the
// response is written by Sippy (localStr), as the transaction manager sends it.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { missingPython, PYTHON } from "../../../languages/python/runtime/host.js";
import type { SipTargetRuntime } from "../../../protocols/sip/runtime/harness.js";
import { runAsync } from "../../../test/runtime/harness.js";

const CALL = `
import importlib.util, json, sys
from sippy.SipRequest import SipRequest

answers = []
for i, (path, request) in enumerate(json.load(open(sys.argv[1]))):
    spec = importlib.util.spec_from_file_location(f"case{i}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    resp, cancel_cb, noack_cb = module.recvRequest(SipRequest(request), None)
    if resp.getSCode()[0] > 100 and resp.getHFBody("to").getTag() is None:
        resp.getHFBody("to").genTag()
    answers.append(resp.localStr())
json.dump(answers, sys.stdout)
`;

const runtime: SipTargetRuntime = {
  missing: () => missingPython("sippy"),
  command: (file) => [PYTHON, ["-u", file]],
  handler: {
    how: "recvRequest called with a SipRequest, the response written by Sippy",
    async answer(calls) {
      const list = join(calls[0]!.file, "..", "..", "calls.json");
      writeFileSync(list, JSON.stringify(calls.map((c) => [c.file, c.request])));
      const r = await runAsync(PYTHON, ["-c", CALL, list]);
      if (r.status !== 0) throw new Error(`python exited ${r.status}: ${r.stderr}`);
      return JSON.parse(r.stdout) as string[];
    },
  },
};

export default runtime;
