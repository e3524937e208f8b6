import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { UsageError } from "../errors.js";
import type { Snippet } from "../generate.js";

/**
 * Writes files in two steps: every one to a temporary name first, then, only when all of them were
 * written, each renamed over its final name. A failure on the way (the folder is a file, no permission,
 * disk full) replaces nothing and leaves no temporary file behind. `option` names the flag for errors.
 */
export function writeAll(option: string, files: { path: string; text: string }[]): string[] {
  const planned = files.map((f) => ({ ...f, temp: `${f.path}.${process.pid}.tmp` }));
  try {
    for (const f of planned) {
      mkdirSync(dirname(f.path), { recursive: true });
      writeFileSync(f.temp, f.text);
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
    throw new UsageError(`${option}: cannot write ${e.path ?? "a file"} (${e.code ?? e.message})`);
  }
  return planned.map((f) => f.path);
}

/** --out DIR: DIR/<target>/<file> for each snippet, and beside an app-style program the other files it needs. */
export function writeFiles(dir: string, snippets: Snippet[]): string[] {
  return writeAll(
    `--out ${dir}`,
    snippets.flatMap((s) => [
      { path: join(dir, s.target.id, s.target.filename[s.style]), text: s.code },
      ...(s.style === "app" ? s.target.files().map((f) => ({ path: join(dir, s.target.id, f.path), text: f.content })) : []),
    ]),
  );
}
