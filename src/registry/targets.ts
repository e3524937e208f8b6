import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { isLanguage, LANGUAGES } from "../../languages/index.js";
import { UsageError } from "../errors.js";
import { usageError } from "../i18n/catalog.js";
import { BUILT_HELPERS_DIR, PRECOMPILED_DIR, TARGETS_DIR } from "../paths.js";
import { type ProgramFile, STYLES, type Target } from "./types.js";

const ID = /^[a-z0-9][a-z0-9.-]*$/;

/**
 * Reads and checks a target's description (a built-in targets/<protocol>/<id>/target.json, or a user's
 * --templates DIR/<protocol>/<id>.json); every problem is one clear line naming the file. Constants come
 * from `files`, or else from the description's own "constants" (a user's target keeps them there).
 */
function readTarget(
  protocol: string,
  id: string,
  path: string,
  files: Pick<Target, "template"> & Partial<Pick<Target, "constants" | "files" | "helpers">>,
  inherit?: Target,
): Target {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new UsageError(`${path}: not valid JSON (${(err as Error).message})`);
  }
  const fail = (what: string): never => {
    throw new UsageError(`${path}: ${what}`);
  };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) fail("must be a JSON object");
  const language = raw.language;
  if (!isLanguage(language)) return fail(`"language" must be one of ${LANGUAGES.join(", ")}`);
  const filename = raw.filename as Record<string, unknown> | undefined;
  if (!filename || STYLES.some((s) => typeof filename[s] !== "string" || !/^[\w.-]+$/.test(filename[s] as string))) {
    fail(`"filename" must name a plain file per style: {"handler": "...", "app": "..."}`);
  }
  const interim = (raw.interim ?? { codes: [], whyNot: "this template sends no interim responses" }) as Target["interim"];
  return {
    id,
    protocol,
    title: typeof raw.title === "string" ? raw.title : id,
    language,
    aliases: Array.isArray(raw.aliases) ? raw.aliases.map(String) : [],
    order: typeof raw.order === "number" ? raw.order : (inherit?.order ?? Infinity),
    filename: filename as Target["filename"],
    ...(typeof raw.run === "string" ? { run: raw.run } : {}),
    ...(typeof raw.install === "string" ? { install: raw.install } : {}),
    docs: typeof raw.docs === "string" ? raw.docs : "",
    files: files.files ?? inherit?.files ?? (() => []),
    port: Number.isInteger(raw.port) ? (raw.port as number) : 8080,
    interim,
    ...(raw.forbiddenHeaders ? { forbiddenHeaders: raw.forbiddenHeaders as Target["forbiddenHeaders"] } : {}),
    ...(Array.isArray(raw.unsayable) ? { unsayable: raw.unsayable as Target["unsayable"] } : {}),
    ...(Array.isArray(raw.cannot) ? { cannot: raw.cannot as Target["cannot"] } : {}),
    template: files.template,
    helpers: files.helpers ?? inherit?.helpers ?? null,
    constants: files.constants ?? (() => (raw.constants ?? {}) as Record<string, string>),
  };
}

/** Reads a JSON file once, on first use. */
function lazyJson<T>(path: string): () => T {
  let value: T | undefined;
  return () => (value ??= JSON.parse(readFileSync(path, "utf8")) as T);
}

/** Every file under a target's files/ folder, read once on first use, in path order. */
function lazyProgramFiles(dir: string): () => readonly ProgramFile[] {
  let value: readonly ProgramFile[] | undefined;
  const walk = (rel: string): string[] =>
    readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(rel, e.name)) : [join(rel, e.name)]));
  return () =>
    (value ??= existsSync(dir)
      ? walk("")
          .sort()
          .map((path) => ({ path: path.split(sep).join("/"), content: readFileSync(join(dir, path), "utf8") }))
      : []);
}

/** A built-in target: the folder targets/<protocol>/<id>/. */
function builtInTarget(protocol: string, id: string): Target {
  const dir = join(TARGETS_DIR, protocol, id);
  const precompiled = join(PRECOMPILED_DIR, protocol, `${id}.cjs`);
  const template = { source: join(dir, "template.hbs"), precompiled: existsSync(precompiled) ? precompiled : null };
  const constants = existsSync(join(dir, "constants.json")) ? lazyJson<Record<string, string>>(join(dir, "constants.json")) : () => ({});
  const built = join(BUILT_HELPERS_DIR, protocol, `${id}.cjs`);
  const helpers = existsSync(built)
    ? { source: join(dir, "helpers.ts"), built }
    : existsSync(join(dir, "helpers.ts"))
      ? { source: join(dir, "helpers.ts"), built: null }
      : null;
  return readTarget(protocol, id, join(dir, "target.json"), { template, constants, helpers, files: lazyProgramFiles(join(dir, "files")) });
}

/** The ids of a protocol's built-in targets: its folders under targets/<protocol>/ that hold a target.json. */
function builtInIds(protocol: string): string[] {
  const root = join(TARGETS_DIR, protocol);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, e.name, "target.json")))
    .map((e) => e.name);
}

/**
 * --templates DIR (the layout of the built-in user templates): DIR/<protocol>/<id>.hbs replaces the
 * template of target <id>; a new <id> also needs DIR/<protocol>/<id>.json describing it.
 */
function userTargets(dir: string, protocol: string, builtIn: Target[]): Target[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--templates ${dir}: no such directory`);
  const folder = join(dir, protocol);
  if (!existsSync(folder)) throw new UsageError(`--templates ${dir}: no ${protocol}/ folder inside (the layout is ${protocol}/<framework>.hbs)`);
  const files = readdirSync(folder).filter((f) => f.endsWith(".hbs"));
  if (!files.length) throw new UsageError(`--templates ${dir}: no .hbs files in ${folder}`);
  return files.map((file) => {
    const id = file.slice(0, -4);
    if (!ID.test(id)) throw new UsageError(`${join(folder, file)}: framework ids are lower-case letters, digits, "." and "-"`);
    const template = { source: join(folder, file), precompiled: null };
    const known = builtIn.find((t) => t.id === id);
    const meta = join(folder, `${id}.json`);
    if (existsSync(meta)) {
      return readTarget(protocol, id, meta, { template }, known);
    }
    if (!known) throw new UsageError(`${join(folder, file)}: "${id}" is not a built-in framework, so it needs ${meta} (title, language, filename)`);
    return { ...known, template };
  });
}

/** Where a registry's targets come from: all of them, and, when it can, one by id without reading the others. */
interface TargetSource {
  all(): Target[];
  byId?(id: string): Target | undefined;
}

/** The targets of one protocol, built-in and the user's, in page order; found by id or alias. */
export class Registry {
  #targets: readonly Target[] | undefined;

  constructor(
    readonly protocol: string,
    private readonly source: TargetSource,
  ) {}

  /** Every target, read on first use: a run that names its target by id reads no other target's folder. */
  get targets(): readonly Target[] {
    return (this.#targets ??= Object.freeze(this.source.all().sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))));
  }

  find(name: string): Target {
    const wanted = name.toLowerCase();
    const direct = this.source.byId?.(wanted);
    if (direct) return direct;
    const found = this.targets.find((t) => t.id === wanted || t.aliases.includes(wanted));
    if (found) return found;
    const names = this.targets.flatMap((t) => [t.id, ...t.aliases]);
    const nearest = names.map((n) => ({ n, d: editDistance(wanted, n) })).sort((a, b) => a.d - b.d)[0];
    const params = { name, protocol: this.protocol };
    if (nearest && nearest.d <= Math.max(2, Math.floor(wanted.length / 3)))
      throw usageError("error.unknownFrameworkNear", { ...params, suggestion: this.find(nearest.n).id });
    throw usageError("error.unknownFramework", params);
  }
}

/** The registry of a protocol: its built-in targets, with --templates DIR's on top when given. */
export function loadRegistry(protocol: string, templatesDir?: string): Registry {
  // Each built-in target is read once, whether found by id or listed with the others, so both give the same object.
  const read = new Map<string, Target>();
  const builtIn = (id: string): Target => read.get(id) ?? read.set(id, builtInTarget(protocol, id)).get(id)!;
  const allBuiltIn = () => builtInIds(protocol).map(builtIn);
  if (templatesDir === undefined) {
    return new Registry(protocol, {
      all: allBuiltIn,
      byId: (id) => (ID.test(id) && existsSync(join(TARGETS_DIR, protocol, id, "target.json")) ? builtIn(id) : undefined),
    });
  }
  // A user's folder may replace or add any target (and is checked as a whole), so it is read at once.
  const own = allBuiltIn();
  const user = userTargets(templatesDir, protocol, own);
  const targets = [...own.filter((t) => !user.some((u) => u.id === t.id)), ...user];
  return new Registry(protocol, { all: () => [...targets] });
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
