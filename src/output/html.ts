import { InternalError } from "../errors.js";
import type { Block } from "./markdown.js";

/**
 * The HTML form of a page's blocks (markdown.ts's Block list, the same one the Markdown page is written
 * from). Every text that reaches the markup goes through escapeHtml; code goes through the highlighter
 * the caller passes, which must escape it too. No data ever goes into a script or a style.
 */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as HTML text or as a quoted attribute value: & < > " ' escaped, so nothing in it opens or closes markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A link the pages may carry: http(s), or a relative path (no scheme, not //host). Anything else stays text. */
function safeHref(url: string): boolean {
  return /^https?:\/\//i.test(url) || (!/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith("//") && !url.startsWith("\\"));
}

/** Where the run of exactly `length` backticks that closes a code span starts, from `from` on; -1 when none does. */
function closingRun(text: string, length: number, from: number): number {
  const runs = /`+/g;
  runs.lastIndex = from;
  for (let m; (m = runs.exec(text));) if (m[0].length === length) return m.index;
  return -1;
}

/**
 * The inline Markdown the blocks use, as HTML: `code` spans (CommonMark's rule: the same number of
 * backticks closes; one space each side is stripped when both are there) and [text](url) links. All else
 * is text, escaped; a backtick with no match stays a backtick.
 */
export function inlineHtml(md: string): string {
  const token = /(`+)|\[([^\]\n]*)\]\(([^()\s]*)\)/g;
  let out = "";
  let last = 0;
  for (let m; (m = token.exec(md));) {
    if (m[1]) {
      const close = closingRun(md, m[1].length, token.lastIndex);
      if (close < 0) continue;
      let code = md.slice(token.lastIndex, close).replace(/\n/g, " ");
      if (/^ .*[^ ].* $/s.test(code)) code = code.slice(1, -1);
      out += `${escapeHtml(md.slice(last, m.index))}<code>${escapeHtml(code)}</code>`;
      last = token.lastIndex = close + m[1].length;
    } else {
      const [, , text, url] = m as unknown as [string, undefined, string, string];
      const inner = inlineHtml(text);
      out += escapeHtml(md.slice(last, m.index)) + (safeHref(url) ? `<a href="${escapeHtml(url)}">${inner}</a>` : inner);
      last = token.lastIndex;
    }
  }
  return out + escapeHtml(md.slice(last));
}

/** An id for a heading: the one it names, else its words; unique on the page. */
function idOf(block: { heading: string; id?: string }, taken: Set<string>): string {
  const base =
    block.id ??
    (block.heading
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") ||
      "section");
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** How code becomes markup: highlighted and escaped (html-highlight.ts), or escaped only. */
export type Highlighter = (code: string, lang: string) => string;

export interface HtmlOptions {
  highlight: Highlighter;
  /** A list of the page's sections (its h2 and h3 headings) after the title. */
  toc?: boolean;
  /** A filter box above each table, which hides the rows that do not match (the catalog's indexes). */
  filter?: boolean;
}

function codeBlock(code: string, lang: string, highlight: Highlighter): string {
  const button = `<button type="button" class="copy" aria-label="Copy to the clipboard">Copy</button>`;
  return `<div class="code">${button}<pre><code class="hljs language-${escapeHtml(lang)}">${highlight(code, lang)}</code></pre></div>`;
}

function table(head: string[], rows: string[][], filter: boolean): string {
  const row = (cells: string[], tag: "th" | "td") => `<tr>${cells.map((c) => `<${tag}>${inlineHtml(c)}</${tag}>`).join("")}</tr>`;
  const box = filter
    ? `<p class="filter"><label>Filter <input type="search" placeholder="code, reason or class" autocomplete="off" spellcheck="false"></label> <output aria-live="polite"></output></p>\n`
    : "";
  return `${box}<table${filter ? ' class="filtered"' : ""}>\n<thead>${row(head, "th")}</thead>\n<tbody>\n${rows.map((r) => row(r, "td")).join("\n")}\n</tbody>\n</table>`;
}

/** The page's h2 sections, each with its h3s on one line. */
function tocOf(blocks: { heading: string; level: number; id: string }[]): string {
  const items: string[] = [];
  for (const b of blocks) {
    if (b.level === 2) items.push(`<li><a href="#${escapeHtml(b.id)}">${inlineHtml(b.heading)}</a>`);
    else if (b.level === 3 && items.length) items[items.length - 1] += ` <a class="sub" href="#${escapeHtml(b.id)}">${inlineHtml(b.heading)}</a>`;
  }
  return items.length ? `<nav class="toc" aria-label="On this page"><ul>\n${items.map((i) => `${i}</li>`).join("\n")}\n</ul></nav>` : "";
}

/** The blocks as HTML, one element (or one code box) a line. */
export function blocksToHtml(blocks: Block[], options: HtmlOptions): string {
  const taken = new Set<string>();
  const headings: { heading: string; level: number; id: string }[] = [];
  const parts = blocks.map((block) => {
    if ("heading" in block) {
      const level = block.level ?? 2;
      const id = idOf(block, taken);
      headings.push({ heading: block.heading, level, id });
      return `<h${level} id="${escapeHtml(id)}">${inlineHtml(block.heading)}</h${level}>`;
    }
    if ("code" in block) return codeBlock(block.code, block.lang, options.highlight);
    if ("table" in block) return table(block.table.head, block.table.rows, Boolean(options.filter));
    if ("list" in block) return `<ul>\n${block.list.map((item) => `<li>${inlineHtml(item)}</li>`).join("\n")}\n</ul>`;
    return `<p>${inlineHtml(block.text)}</p>`;
  });
  if (options.toc) {
    const title = blocks.findIndex((b) => "heading" in b && b.level === 1);
    const toc = tocOf(headings);
    // After the title and the paragraphs that introduce it.
    let at = title + 1;
    while (at < blocks.length && "text" in blocks[at]!) at++;
    if (toc) parts.splice(at, 0, toc);
  }
  return parts.join("\n");
}

export interface HtmlDocument {
  title: string;
  /** The stylesheet's path from the page (a local file: no request leaves the folder). */
  stylesheet: string;
  /** Links above the content (the catalog, the protocol's index), as [label, href]. */
  breadcrumbs: [string, string][];
  body: string;
  /** A constant script of the page (copy buttons, the filter); never built from data. */
  script: string;
  /** The page's language (BCP 47), "en" when absent. */
  lang?: string;
}

/** A whole page: no external resource, one local stylesheet, one inline script that reading does not need. */
export function htmlDocument(doc: HtmlDocument): string {
  if (/<\/script|<!--/i.test(doc.script)) throw new InternalError("a page's script must not hold </script or <!--");
  const crumbs = doc.breadcrumbs.length
    ? `<nav class="crumbs" aria-label="Catalog">${doc.breadcrumbs.map(([label, href]) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`).join(" › ")}</nav>\n`
    : "";
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(doc.lang ?? "en")}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<link rel="stylesheet" href="${escapeHtml(doc.stylesheet)}">`,
    "</head>",
    "<body>",
    `${crumbs}<main>`,
    doc.body,
    "</main>",
    `<script>${doc.script}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
