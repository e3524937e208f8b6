import type { Generated } from "../generate.js";

/** The code alone, for pasting; several frameworks get one block each under a `==> id (file) <==` line. */
export function toText(g: Generated): string {
  if (g.snippets.length === 1) return g.snippets[0]!.code;
  return g.snippets.map((s) => `==> ${s.framework.id} (${s.framework.filename[s.style]}) <==\n${s.code}`).join("\n");
}
