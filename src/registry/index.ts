import { UsageError } from "../errors.js";
import type { Protocol } from "../model/types.js";
import { aspnetCore } from "./http/aspnet-core.js";
import { django } from "./http/django.js";
import { express } from "./http/express.js";
import { fastapi } from "./http/fastapi.js";
import { flask } from "./http/flask.js";
import { netHttp } from "./http/net-http.js";
import { rails } from "./http/rails.js";
import { springBoot } from "./http/spring-boot.js";
import type { FrameworkEntry } from "./types.js";

/** Every framework, in the order the --all page shows them (the seed page's order). */
const FRAMEWORKS: FrameworkEntry[] = [django, flask, fastapi, express, springBoot, netHttp, rails, aspnetCore];

export function frameworksOf(protocol: Protocol): FrameworkEntry[] {
  return FRAMEWORKS.filter((f) => f.protocol === protocol);
}

/** Adds a framework from --templates DIR, or replaces the built-in entry with the same id. */
export function addFramework(entry: FrameworkEntry): void {
  const at = FRAMEWORKS.findIndex((f) => f.protocol === entry.protocol && f.id === entry.id);
  if (at >= 0) FRAMEWORKS[at] = entry;
  else FRAMEWORKS.push(entry);
}

export function findFramework(protocol: Protocol, name: string): FrameworkEntry {
  const wanted = name.toLowerCase();
  const all = frameworksOf(protocol);
  const found = all.find((f) => f.id === wanted || f.aliases.includes(wanted));
  if (found) return found;
  const names = all.flatMap((f) => [f.id, ...f.aliases]);
  const nearest = names.map((n) => ({ n, d: editDistance(wanted, n) })).sort((a, b) => a.d - b.d)[0];
  const hint = nearest && nearest.d <= Math.max(2, Math.floor(wanted.length / 3)) ? `did you mean "${idOf(all, nearest.n)}"? ` : "";
  throw new UsageError(`unknown framework "${name}" for ${protocol}: ${hint}run "snipgen list" to see them all`);
}

function idOf(all: FrameworkEntry[], name: string): string {
  return all.find((f) => f.id === name || f.aliases.includes(name))!.id;
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = above;
    }
  }
  return row[b.length]!;
}
