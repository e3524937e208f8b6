import type { LanguageModule } from "./types.js";

/**
 * Every language snipgen emits, one line each: `languages/<name>/<name>.ts` holds its literal helpers
 * and what the pipeline needs of it. A language is loaded only when a snippet in it is printed.
 */
const LOADERS = {
  python: () => import("./python/python.js"),
  javascript: () => import("./javascript/javascript.js"),
  typescript: () => import("./typescript/typescript.js"),
  java: () => import("./java/java.js"),
  go: () => import("./go/go.js"),
  ruby: () => import("./ruby/ruby.js"),
  csharp: () => import("./csharp/csharp.js"),
  kamailio: () => import("./kamailio/kamailio.js"),
  sipp: () => import("./sipp/sipp.js"),
} satisfies Record<string, () => Promise<{ default: LanguageModule }>>;

export type Language = keyof typeof LOADERS;
export const LANGUAGES = Object.keys(LOADERS) as Language[];

export function isLanguage(name: unknown): name is Language {
  return typeof name === "string" && Object.hasOwn(LOADERS, name);
}

export async function loadLanguage(name: Language): Promise<LanguageModule> {
  return (await LOADERS[name]()).default;
}
