import type { Protocol } from "../model/types.js";

export type Style = "handler" | "app";
export const STYLES: readonly Style[] = ["handler", "app"];

/** Languages snipgen emits; each has exactly one literal/escaper module in src/render/lang/. */
export type Language = "python" | "javascript" | "java" | "go" | "ruby" | "csharp";

/** Which prettier parser formats a language's output; languages without one are emitted pre-formatted. */
export type PrettierFormatter = { parser: "babel" | "java" | "php" | "typescript"; plugin?: "java" | "php" };

export interface FrameworkEntry {
  id: string;
  protocol: Protocol;
  title: string;
  language: Language;
  aliases: string[];
  /** File the snippet is saved as, per style (used by --out and shown in JSON). */
  filename: Record<Style, string>;
  formatter: PrettierFormatter | null;
  docs: string;
  /** Port the framework listens on by default (the app style honours $PORT first). */
  defaultPort: number;
  /** Interim (1xx) responses the framework can send before the final one, with the reason it cannot otherwise. */
  interim: { codes: number[]; whyNot: string };
  /** Headers the framework's applications may not set (lower-case names), with the reason; absent when none. */
  forbiddenHeaders?: { names: string[]; whyNot: string };
  /** Idiomatic constant per status code; a code missing here is written as its number. */
  constants: Record<string, string>;
}
