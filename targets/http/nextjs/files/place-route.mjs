// Moves a route.ts saved beside this file to the App Router folder its first line names
// ("// app/users/[id]/route.ts"), so `npm run dev` serves it; a route.ts already in app/ stays.
import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { dirname } from "node:path";

if (existsSync("route.ts")) {
  const first = readFileSync("route.ts", "utf8").split("\n")[0];
  const target = /^\/\/ (app\/(?:[^\s/]+\/)*route\.ts)$/.exec(first)?.[1];
  if (!target) throw new Error(`route.ts does not name its place in app/ on its first line (${JSON.stringify(first)})`);
  mkdirSync(dirname(target), { recursive: true });
  renameSync("route.ts", target);
  console.log(`route.ts moved to ${target}`);
}
