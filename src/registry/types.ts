import type { Language } from "../../languages/index.js";

export type Style = "handler" | "app";
export const STYLES: readonly Style[] = ["handler", "app"];

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
  /** Port the framework listens on by default (the app style honours $PORT first). */
  port: number;
  /** Interim (1xx) responses the framework can send before the final one, with the reason it cannot otherwise. */
  interim: { codes: number[]; whyNot: string };
  /** Final statuses the framework cannot send correctly, with the reason; absent when none. */
  refuses?: { codes: number[]; whyNot: string }[];
  /** Headers the framework's applications may not set (lower-case names), with the reason; absent when none. */
  forbiddenHeaders?: { names: string[]; whyNot: string };
  /**
   * Text the target's syntax cannot hold exactly, as regular expressions over header values and the
   * body ("in": "body" for the body only, "header": a lower-case name for that header only), each
   * with the reason; absent when it can hold any.
   */
  unsayable?: { pattern: string; in?: "body"; header?: string; whyNot: string }[];
  /** The Handlebars template, and the build's precompiled copy (null for user templates and unbuilt checkouts). */
  template: { source: string; precompiled: string | null };
  /** Idiomatic constant per status code, read on first use; a code missing here is written as its number. */
  constants(): Readonly<Record<string, string>>;
}
