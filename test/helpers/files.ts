import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Writes the files into a fresh temporary folder, runs `body` with its path, removes the folder. */
export function withTempDir<T>(files: Record<string, string>, body: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "snipgen-test-"));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a command to completion; its stdout, or an error with its stderr when it fails. */
export function runCommand(cmd: string, args: string[], options: { cwd?: string; input?: string } = {}): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", cwd: options.cwd, input: options.input, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (exit ${r.status}):\n${r.stderr.slice(0, 4000)}`);
  return r.stdout;
}

/** Output lines, one per item: the text without its final newline, split (an empty last line is kept). */
export function outputLines(out: string): string[] {
  return out.replace(/\n$/, "").split("\n");
}

/** A string as hexadecimal code points separated by spaces (what the evaluators print, safe from console encodings). */
export function codePoints(s: string): string {
  return [...s].map((c) => c.codePointAt(0)!.toString(16)).join(" ");
}

/** The string a line of hexadecimal code points stands for. */
export function fromCodePoints(line: string): string {
  return line
    .split(" ")
    .filter(Boolean)
    .map((h) => String.fromCodePoint(parseInt(h, 16)))
    .join("");
}

/** Runs `worker` over the items with at most `limit` at once; results in the items' order. */
export async function pool<T, R>(items: T[], limit: number, worker: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await worker(items[i]!, i);
    }
  });
  await Promise.all(lanes);
  return results;
}

/** A short, one-line excerpt of source text for messages. */
export function excerpt(text: string, max = 80): string {
  const one = JSON.stringify(text);
  return one.length > max ? one.slice(0, max - 1) + "…" : one;
}
