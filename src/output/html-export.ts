import type { Protocol } from "../../protocols/types.js";
import type { Generated } from "../generate.js";
import { loadHighlighter, type Highlight } from "./html-highlight.js";
import { blocksToHtml, htmlDocument } from "./html.js";
import type { Block } from "./markdown.js";

/**
 * `snipgen export DIR --format html`: the catalog as a static site. Each code's page is the Markdown
 * page's blocks (markdown.ts pageBlocks, given by export.ts) as HTML, its code highlighted at build time; one local
 * stylesheet (DIR/snipgen.css), no font, script or image from anywhere. The one inline script adds
 * what needs a script (copy buttons, the indexes' filter box); without it everything still reads.
 */

/** The stylesheet every page links: system fonts, light and dark, highlight.js's token classes. */
export const STYLESHEET = `:root {
  color-scheme: light dark;
  --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --line: #d1d9e0; --code-bg: #f6f8fa; --link: #0969da;
  --keyword: #cf222e; --title: #8250df; --number: #0550ae; --string: #0a3069; --built-in: #953800; --comment: #59636e; --tag: #116329;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --code-bg: #151b23; --link: #4493f8;
    --keyword: #ff7b72; --title: #d2a8ff; --number: #79c0ff; --string: #a5d6ff; --built-in: #ffa657; --comment: #9198a1; --tag: #7ee787;
  }
}
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: var(--bg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
main, .crumbs { max-width: 64rem; margin: 0 auto; padding: 0 1rem; }
main { padding-bottom: 3rem; }
.crumbs { padding-top: 1rem; font-size: 0.9rem; color: var(--muted); }
a { color: var(--link); }
h1 { font-size: 2rem; margin: 1rem 0; }
h2 { margin-top: 2.5rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--line); }
h3 { margin-top: 2rem; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 0.875rem; }
p code, td code, li code { padding: 0.1em 0.3em; border-radius: 4px; background: var(--code-bg); }
.code { position: relative; }
.js .code pre { padding-right: 5rem; }
pre { margin: 0.5rem 0 1rem; padding: 0.8rem 1rem; overflow-x: auto; line-height: 1.45; background: var(--code-bg); border: 1px solid var(--line); border-radius: 6px; }
button.copy { display: none; position: absolute; top: 0.4rem; right: 0.4rem; padding: 0.1rem 0.6rem; font: inherit; font-size: 0.8rem; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; cursor: pointer; }
.js button.copy { display: block; }
.filter { display: none; }
.js .filter { display: block; }
.filter input { width: min(24rem, 100%); padding: 0.3rem 0.5rem; font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; }
.filter output { color: var(--muted); font-size: 0.9rem; }
table { width: 100%; border-collapse: collapse; }
th, td { padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); }
.toc ul { padding-left: 1.2rem; }
.toc a.sub { margin-left: 0.5rem; font-size: 0.9rem; }
.hljs-keyword, .hljs-doctag, .hljs-template-tag, .hljs-template-variable, .hljs-type, .hljs-variable.language_ { color: var(--keyword); }
.hljs-title, .hljs-title.class_, .hljs-title.function_ { color: var(--title); }
.hljs-attr, .hljs-attribute, .hljs-literal, .hljs-meta, .hljs-number, .hljs-operator, .hljs-variable, .hljs-selector-attr, .hljs-selector-class, .hljs-selector-id { color: var(--number); }
.hljs-regexp, .hljs-string, .hljs-meta .hljs-string { color: var(--string); }
.hljs-built_in, .hljs-symbol { color: var(--built-in); }
.hljs-comment, .hljs-code, .hljs-formula { color: var(--comment); }
.hljs-name, .hljs-quote, .hljs-selector-tag, .hljs-selector-pseudo, .hljs-section { color: var(--tag); }
.hljs-emphasis { font-style: italic; }
.hljs-strong, .hljs-section { font-weight: bold; }
`;

/**
 * The pages' one script (a constant: no data is ever written into it). It marks the page as scripted
 * (which shows the copy buttons and the filter box), copies a code box's text to the clipboard, and
 * hides the index rows that do not hold every word of the filter.
 */
export const SCRIPT = `
document.documentElement.classList.add("js");
document.addEventListener("click", function (event) {
  var button = event.target instanceof Element ? event.target.closest("button.copy") : null;
  if (!button) return;
  var code = button.parentElement.querySelector("code");
  var show = function (label) {
    button.textContent = label;
    setTimeout(function () { button.textContent = "Copy"; }, 1500);
  };
  if (navigator.clipboard) {
    navigator.clipboard.writeText(code.textContent).then(function () { show("Copied"); }, function () { show("Copy failed"); });
  } else {
    var range = document.createRange();
    range.selectNodeContents(code);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    show("Press Ctrl+C");
  }
});
var filter = document.querySelector(".filter input");
if (filter) {
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.filtered tbody tr"));
  var count = document.querySelector(".filter output");
  var apply = function () {
    var words = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      row.hidden = !words.every(function (word) { return text.indexOf(word) >= 0; });
      if (!row.hidden) shown++;
    });
    count.textContent = words.length ? shown + " of " + rows.length : "";
  };
  filter.addEventListener("input", apply);
  apply();
}
`;

/** Where a page sits (export.ts's PageLinks, by shape: this module is imported by it). */
interface At {
  protocol: Protocol | null;
  pageOf: (code: number) => string | undefined;
  root: boolean;
  lang?: string;
}

const CATALOG = "Status codes";

/** The links above a page: the catalog's index when there is one, the protocol's index below it. */
function breadcrumbs(at: At, onIndex: boolean): [string, string][] {
  if (!at.protocol) return [];
  const up: [string, string][] = at.root ? [[CATALOG, "../index.html"]] : [];
  return onIndex ? up : [...up, [`${at.protocol.title} status codes`, "index.html"]];
}

const headingOf = (blocks: Block[]) => blocks.flatMap((b) => ("heading" in b ? [b.heading] : []))[0] ?? CATALOG;

/** The HTML format of the catalog (export.ts's CatalogFormat): loads the highlighter once. */
export async function htmlFormat(highlight?: Highlight) {
  const hl = highlight ?? (await loadHighlighter());
  const stylesheet = (at: At) => (at.protocol ? "../snipgen.css" : "snipgen.css");
  return {
    ext: "html",
    page(blocks: Block[], g: Generated, at: At): string {
      return htmlDocument({
        title: `${g.entry.code} ${g.entry.reason} · ${g.protocol.title} status codes`,
        stylesheet: stylesheet(at),
        breadcrumbs: breadcrumbs(at, false),
        body: blocksToHtml(blocks, { highlight: hl, toc: true }),
        script: SCRIPT,
        lang: at.lang,
      });
    },
    index(blocks: Block[], at: At): string {
      return htmlDocument({
        title: headingOf(blocks),
        stylesheet: stylesheet(at),
        breadcrumbs: breadcrumbs(at, true),
        body: blocksToHtml(blocks, { highlight: hl, filter: true }),
        script: SCRIPT,
        lang: at.lang,
      });
    },
    shared: [{ path: "snipgen.css", text: STYLESHEET }],
  };
}
