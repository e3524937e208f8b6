import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { UsageError } from "../errors.js";
import type { Snippet } from "../generate.js";

/**
 * Writes DIR/<framework>/<file> for each snippet, in two steps: every file to a temporary name first,
 * then, only when all of them were written, each renamed over its final name. A failure on the way
 * (DIR is a file, no permission, disk full) replaces nothing and leaves no temporary file behind.
 */
export function writeFiles(dir: string, snippets: Snippet[]): string[] {
  const planned = snippets.map((s) => {
    const path = join(dir, s.framework.id, s.framework.filename[s.style]);
    return { path, temp: `${path}.${process.pid}.tmp`, code: s.code };
  });
  try {
    for (const f of planned) {
      mkdirSync(dirname(f.path), { recursive: true });
      writeFileSync(f.temp, f.code);
    }
    for (const f of planned) renameSync(f.temp, f.path);
  } catch (err) {
    for (const f of planned) {
      try {
        rmSync(f.temp, { force: true });
      } catch {
        // Its folder could not be made, so there is no temporary file to remove.
      }
    }
    const e = err as NodeJS.ErrnoException;
    throw new UsageError(`--out ${dir}: cannot write ${e.path ?? "a file"} (${e.code ?? e.message})`);
  }
  return planned.map((f) => f.path);
}
