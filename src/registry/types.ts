import type { Language } from "../../languages/index.js";

export type Style = "handler" | "app";
export const STYLES: readonly Style[] = ["handler", "app"];

/** A file saved beside the program (its path relative to the program's folder) with its exact content. */
export interface ProgramFile {
  path: string;
  content: string;
}

/** One target (a framework or stack) of a protocol: its folder's target.json, and where its files are. */
export interface Target {
  id: string;
  protocol: string;
  title: string;
  language: Language;
  aliases: string[];
  /** Place on the --all page (smaller first; the seed page's order for the first eight). */
  order: number;
  /** File the snippet is saved as, per style (used by --out and shown in JSON). */
  filename: Record<Style, string>;
  /** The command that starts the app style when it is one file (e.g. "python main.py"); absent otherwise. */
  run?: string;
  /** The command a user runs once to get what the program needs (e.g. "pip install flask"); absent when nothing is needed. */
  install?: string;
  docs: string;
  /**
   * Other files the app-style program needs beside it (a build file, a package.json), read on first use
   * from the target's files/ folder; paths are relative to the program's folder. Empty for most targets.
   */
  files(): readonly ProgramFile[];
  /** Port the framework listens on by default (the app style honours $PORT first). */
  port: number;
  /** Interim (1xx) responses the framework can send before the final one, with the reason it cannot otherwise. */
  interim: { codes: number[]; whyNot: string };
  /** Headers the framework's applications may not set (lower-case names), with the reason; absent when none. */
  forbiddenHeaders?: { names: string[]; whyNot: string };
  /**
   * Text the target's syntax cannot hold exactly, as regular expressions over header values and the
   * body ("in": "body" for the body only, "header": a lower-case name for that header only), each
   * with the reason ("codes": only in responses with one of these statuses); absent when it can hold any.
   */
  unsayable?: { pattern: string; in?: "body"; header?: string; codes?: number[]; whyNot: string }[];
  /** Responses the stack cannot send at all: these status codes, or any answer to these request methods, each with the reason; absent when none. */
  cannot?: { codes?: number[]; methods?: string[]; whyNot: string }[];
  /** The Handlebars template, and the build's precompiled copy (null for user templates and unbuilt checkouts). */
  template: { source: string; precompiled: string | null };
  /** The target's own template helpers (its folder's helpers.ts) and the build's bundle of them; null when it has none. */
  helpers: { source: string; built: string | null } | null;
  /** Idiomatic constant per status code, read on first use; a code missing here is written as its number. */
  constants(): Readonly<Record<string, string>>;
}
