#!/usr/bin/env node
// CommonJS, because Node starts its ES module loader only for an ES module, and that costs a run time.
require("../dist/start.cjs");
