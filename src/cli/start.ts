// What bin/snipgen.cjs runs: the bundled CLI (dist/snipgen.cjs, built from index.ts), loaded through V8's code
// cache, as are the chunks it loads later. Kept apart from the bundle, because it is what loads it.
import { join } from "node:path";
import { requireCached } from "../load/code-cache.js";
import { PACKAGE_ROOT } from "../paths.js";

requireCached(join(PACKAGE_ROOT, "dist", "snipgen.cjs"));
