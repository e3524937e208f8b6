import type { Generated } from "../generate.js";

/** The code alone, for pasting; several targets get one block each under a `==> id (file) <==` line. */
export function toText(g: Generated): string {
  if (g.snippets.length === 1) return g.snippets[0]!.code;
  return g.snippets.map((s) => `==> ${s.target.id} (${s.target.filename[s.style]}) <==\n${s.code}`).join("\n");
}
