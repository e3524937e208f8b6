import { mkdirSync, renameSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Snippet } from "../generate.js";

/**
 * Writes DIR/<framework>/<file> for each snippet. Each file goes to a temporary name first and is renamed
 * over the old one, so an existing file is only ever replaced by a complete new one.
 */
export function writeFiles(dir: string, snippets: Snippet[]): string[] {
  const written: string[] = [];
  for (const s of snippets) {
    const path = join(dir, s.framework.id, s.framework.filename[s.style]);
    mkdirSync(dirname(path), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, s.code);
      renameSync(temp, path);
    } catch (err) {
      rmSync(temp, { force: true });
      throw err;
    }
    written.push(path);
  }
  return written;
}
