// Run by the build (node dist/warm-cache.mjs): formats real snippets in every language prettier formats,
// then saves V8's compiled code for prettier and its plugins into dist/v8-cache/.
import { LANGUAGES, loadLanguage } from "../languages/index.js";
import { loadProtocol, PROTOCOL_IDS } from "../protocols/index.js";
import { writeCodeCache } from "../src/format/cached-require.js";
import { generate } from "../src/generate.js";
import { loadRegistry } from "../src/registry/targets.js";
import { STYLES } from "../src/registry/types.js";

const formatted = new Set<string>();
for (const language of LANGUAGES) if ((await loadLanguage(language)).prettier) formatted.add(language);
for (const id of PROTOCOL_IDS) {
  const protocol = await loadProtocol(id);
  const targets = loadRegistry(id).targets.filter((t) => formatted.has(t.language));
  for (const style of STYLES) {
    for (const entry of protocol.codes.filter((c) => [200, 201, 204, 503].includes(c.code))) {
      await generate({
        protocol,
        code: entry.code,
        targets,
        style,
        numeric: false,
        prettier: true,
        overrides: { body: { kind: "model" }, headers: [], ...protocol.defaults },
        skipUnsupported: true,
      });
    }
  }
}
console.log(`v8 code cache: ${writeCodeCache().length} files`);
