import type { Generated } from "../generate.js";

/**
 * The code alone, for pasting; when several targets were asked for, each snippet gets a block under a
 * `==> id (file) <==` line (even if only one of them could answer).
 */
export function toText(g: Generated, headed = g.snippets.length > 1): string {
  if (!headed) return g.snippets[0]!.code;
  return g.snippets.map((s) => `==> ${s.target.id} (${s.target.filename[s.style]}) <==\n${s.code}`).join("\n");
}
