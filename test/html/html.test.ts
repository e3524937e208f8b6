/**
 * The HTML export without a browser: escaping (hostile bodies, headers, titles, links), the page's
 * structure (the Markdown page's sections, one copy button per code box, a table of contents whose links
 * land), the indexes' filter box, and a highlighter that knows every fence a page can carry.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { LANGUAGES, loadLanguage } from "../../languages/index.js";
import { htmlFormat, SCRIPT } from "../../src/output/html-export.js";
import { loadHighlighter } from "../../src/output/html-highlight.js";
import { blocksToHtml, escapeHtml, htmlDocument, inlineHtml } from "../../src/output/html.js";
import { pageBlocks, toMarkdown, type Block } from "../../src/output/markdown.js";
import { PROTOCOLS, registeredTargets } from "../helpers/registry.js";
import { snipgen } from "../helpers/snipgen.js";
import { DATE, HOSTILE, hostilePage, pageOf } from "./pages.js";
import { Messages } from "../../src/i18n/catalog.js";

/** The pages these tests read are the English ones. */
const EN = new Messages("en");

const highlight = await loadHighlighter();
const format = await htmlFormat(highlight);

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" };
/** Reads the entities the escapers write (ours: &#39;, highlight.js's: &#x27;); any other & left is a bug the checks catch. */
const unescape = (html: string) => html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ENTITY[e]!);

const TAGS = new Set(
  "html head meta title link body nav main h1 h2 h3 p a code pre div button span table thead tbody tr th td ul li script label input output".split(" "),
);
const ATTRIBUTES = new Set("lang charset name content rel href id class type aria-label aria-live placeholder autocomplete spellcheck".split(" "));

/**
 * Every tag of a page is one of ours, with our attributes only (no on*, no src), each value quoted and
 * free of < > "; outside the one script, the text between tags holds no < or >. Returns the text.
 */
function checkMarkup(html: string): string {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
  assert.equal(scripts.length, 1, "one script");
  assert.equal(scripts[0]![1], SCRIPT, "the script is the constant one");
  const rest = html.replace(scripts[0]![0], "<script></script>");
  assert.ok(!rest.includes("<!--"), "no comment opens in the page");
  const doctype = "<!doctype html>";
  assert.ok(rest.startsWith(doctype));
  for (const [tag] of rest.slice(doctype.length).matchAll(/<[^>]*>/g)) {
    const m = /^<\/?([a-z][a-z0-9]*)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>$/.exec(tag);
    assert.ok(m, `malformed tag ${tag}`);
    assert.ok(TAGS.has(m[1]!), `tag ${m[1]}`);
    for (const [, name] of m[2]!.matchAll(/([a-z-]+)(?:="[^"]*")?/g)) assert.ok(ATTRIBUTES.has(name!), `attribute ${name} in ${tag}`);
  }
  const text = rest.slice(doctype.length).replace(/<[^>]*>/g, "");
  assert.ok(!/[<>]/.test(text), "no < or > outside a tag");
  return unescape(text);
}

/** The code boxes of a page: each box's text (tags dropped, entities read) and whether it has its copy button. */
function codeBoxes(html: string): { text: string; button: boolean }[] {
  return [...html.matchAll(/<div class="code">(<button[^>]*>Copy<\/button>)?<pre><code[^>]*>([\s\S]*?)<\/code><\/pre><\/div>/g)].map((m) => ({
    button: Boolean(m[1]),
    text: unescape(m[2]!.replace(/<[^>]*>/g, "")),
  }));
}

/** The headings of a Markdown page, outside its fences. */
function markdownHeadings(md: string): string[] {
  const headings: string[] = [];
  let fence: string | null = null;
  for (const line of md.split("\n")) {
    const ticks = /^(`{3,})/.exec(line)?.[1];
    if (fence) {
      if (line === fence) fence = null;
    } else if (ticks) fence = ticks;
    else if (/^#{1,3} /.test(line)) headings.push(line.replace(/^#+ /, ""));
  }
  return headings;
}

const codesOf = (blocks: Block[]) => blocks.flatMap((b) => ("code" in b ? [b.code] : []));
const at = (protocol: (typeof PROTOCOLS)[number]) => ({ protocol, pageOf: (c: number) => `${c}.html`, root: true });

describe("escapeHtml and inline Markdown", () => {
  it("escapes & < > \" '", () => assert.equal(escapeHtml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"));

  it("turns `code` spans and [links](url) into markup, and escapes the rest", () => {
    assert.equal(inlineHtml("a `<b>` c"), "a <code>&lt;b&gt;</code> c");
    assert.equal(inlineHtml("``a ` b``"), "<code>a ` b</code>");
    assert.equal(inlineHtml("`` `tick` ``"), "<code>`tick`</code>");
    assert.equal(inlineHtml("see [RFC `9110`](https://x.example/a?b=1&c=2)"), 'see <a href="https://x.example/a?b=1&amp;c=2">RFC <code>9110</code></a>');
    assert.equal(inlineHtml("[202](202.html) and [up](../index.html)"), '<a href="202.html">202</a> and <a href="../index.html">up</a>');
  });

  it("leaves an unmatched backtick as text and never links a javascript:, data: or //host URL", () => {
    assert.equal(inlineHtml("a ` b <i>"), "a ` b &lt;i&gt;");
    assert.equal(inlineHtml("[x](javascript:alert(1))"), "[x](javascript:alert(1))");
    assert.equal(inlineHtml("[x](javascript:alert)"), "x");
    assert.equal(inlineHtml("[x](JavaScript:alert)"), "x");
    assert.equal(inlineHtml("[x](data:text/html,hi)"), "x");
    assert.equal(inlineHtml("[x](//evil.example/)"), "x");
  });

  it("refuses a script that could close itself", () => {
    assert.throws(() => htmlDocument({ title: "t", stylesheet: "s.css", breadcrumbs: [], body: "", script: "a = '</script>'" }));
  });
});

describe("highlighting", () => {
  it("knows every fence a page can carry: each language's, each protocol's wire and try-it blocks, every file beside an app", async () => {
    const fences = new Set<string>();
    for (const l of LANGUAGES) fences.add((await loadLanguage(l)).fence);
    for (const protocol of PROTOCOLS) {
      fences.add(protocol.wireFence);
      for (const style of ["handler", "app"] as const) {
        for (const b of pageBlocks(await pageOf(protocol, 200, registeredTargets(protocol.id), style), DATE, EN)) if ("code" in b) fences.add(b.lang);
      }
    }
    const unknown = [...fences].filter((f) => !highlight.knows(f));
    assert.deepEqual(unknown, [], "add these to HIGHLIGHT_LANGUAGES in src/output/html-highlight.ts");
  });

  it("escapes what it wraps: the text of the markup is the code, byte for byte", () => {
    for (const lang of ["javascript", "python", "xml", "http", "text", "no-such-language"]) {
      const code = `x = "${HOSTILE}" // <!-- ${HOSTILE}\n`;
      const html = highlight(code, lang);
      assert.ok(!/<(?!\/?span[ >])/.test(html), `${lang}: only spans in ${html}`);
      assert.equal(unescape(html.replace(/<[^>]*>/g, "")), code, lang);
    }
  });
});

for (const protocol of PROTOCOLS) {
  const targets = registeredTargets(protocol.id);

  describe(`${protocol.id}: a code's page`, async () => {
    const code = protocol.id === "http" ? 202 : 486;
    const g = await pageOf(protocol, code, targets);
    const html = format.page(pageBlocks(g, DATE, EN, { pageOf: at(protocol).pageOf }), g, at(protocol));

    it("has the Markdown page's sections, in order", () => {
      const headings = [...html.matchAll(/<h([1-3]) id="[^"]*">([\s\S]*?)<\/h\1>/g)].map((m) => unescape(m[2]!.replace(/<[^>]*>/g, "")));
      assert.deepEqual(
        headings,
        markdownHeadings(toMarkdown(g, DATE, EN)).map((h) => h.replace(/`/g, "")),
      );
      assert.ok(headings.length >= 5 + g.snippets.length, headings.join(" | "));
    });

    it("shows each code block of the page once, in order, byte for byte, each with a copy button", () => {
      const boxes = codeBoxes(html);
      assert.deepEqual(
        boxes.map((b) => b.text),
        codesOf(pageBlocks(g, DATE, EN)),
      );
      assert.ok(boxes.every((b) => b.button));
      for (const s of g.snippets)
        assert.ok(
          boxes.some((b) => b.text === s.code),
          `${s.target.id}'s snippet`,
        );
    });

    it("is well-formed markup of our own tags, and links a local stylesheet and nothing from elsewhere", () => {
      checkMarkup(html);
      assert.match(html, /^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
      assert.match(html, /<link rel="stylesheet" href="\.\.\/snipgen\.css">/);
      assert.ok(!/\b(src|srcset)=/.test(html), "no src attribute");
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => unescape(m[1]!));
      for (const href of hrefs) assert.match(href, /^(https?:\/\/|#|\.\.\/(index\.html|snipgen\.css)$|index\.html$|\d+\.html$)/, href);
    });

    it("links back to its protocol's index and the catalog, and its contents to its own headings", () => {
      assert.match(html, /<nav class="crumbs" aria-label="Catalog"><a href="\.\.\/index\.html">Status codes<\/a> › <a href="index\.html">/);
      const ids = new Set([...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]));
      const anchors = [...html.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]);
      assert.ok(anchors.length > g.snippets.length, "the contents list the snippets");
      for (const a of anchors) assert.ok(ids.has(a), `#${a} is on the page`);
      for (const s of g.snippets) assert.ok(ids.has(s.target.id), `a heading with id ${s.target.id}`);
    });
  });

  describe(`${protocol.id}: hostile text is escaped everywhere`, async () => {
    const g = await hostilePage(protocol, targets);
    const html = format.page(pageBlocks(g, DATE, EN, { pageOf: at(protocol).pageOf }), g, at(protocol));

    it("some snippet carries the hostile body", () => assert.ok(g.snippets.length > 0 && g.snippets.some((s) => s.code.includes("pwned"))));

    it("never writes it as markup: every tag is ours, the text reads as the hostile text, the javascript: link is no link", () => {
      const text = checkMarkup(html);
      assert.ok(text.includes(HOSTILE.slice(0, HOSTILE.indexOf(" `"))), "the hostile text is shown as text");
      assert.ok(!html.includes("javascript:"), "no javascript: URL anywhere");
      assert.ok(!/<img|<!--|onerror="/.test(html));
    });

    it("shows the code byte for byte", () => {
      assert.deepEqual(
        codeBoxes(html).map((b) => b.text),
        codesOf(pageBlocks(g, DATE, EN)),
      );
    });
  });
}

describe("indexes", () => {
  const protocol = PROTOCOLS[0]!;
  const blocks: Block[] = [
    { heading: `${HOSTILE} codes`, level: 1 },
    { text: "intro" },
    {
      table: {
        head: ["Code", "Reason"],
        rows: [
          ["[200](200.html)", "OK"],
          ["[299](299.html)", HOSTILE],
        ],
      },
    },
  ];

  it("a protocol's index has a filter box over its table, and links up to the catalog", () => {
    const html = format.index(blocks, at(protocol));
    checkMarkup(html);
    assert.match(html, /<p class="filter"><label>Filter <input type="search"[^>]*><\/label> <output[^>]*><\/output><\/p>\n<table class="filtered">/);
    assert.equal([...html.matchAll(/<tr>/g)].length, 3);
    assert.match(html, /<title>&lt;\/script&gt;/);
    assert.match(html, /<a href="\.\.\/index\.html">Status codes<\/a><\/nav>/);
  });

  it("the catalog's index links each protocol and its stylesheet from DIR", () => {
    const html = format.index([{ heading: "Status codes", level: 1 }, { list: ["[HTTP](http/index.html): 2 codes"] }], {
      protocol: null,
      pageOf: () => undefined,
      root: true,
    });
    checkMarkup(html);
    assert.match(html, /<link rel="stylesheet" href="snipgen\.css">/);
    assert.match(html, /<li><a href="http\/index\.html">HTTP<\/a>: 2 codes<\/li>/);
    assert.ok(!html.includes('class="crumbs"'));
  });

  it("blocks render without the highlighter's help too (escaped only)", () => {
    const html = blocksToHtml([{ code: HOSTILE, lang: "text" }], { highlight: escapeHtml });
    assert.equal(unescape(html.replace(/<[^>]*>/g, "")), `Copy${HOSTILE}`);
  });
});

describe("snipgen export DIR --format html (the CLI)", () => {
  it("writes the pages, the protocol's index and the stylesheet, each page the one htmlFormat writes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "snipgen-html-"));
    try {
      const r = snipgen(["export", dir, "--format", "html", "--protocol", "http", "--codes", "200,404"]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, `wrote 4 files to ${dir}\n`);
      assert.deepEqual(readdirSync(dir).sort(), ["http", "snipgen.css"]);
      assert.deepEqual(readdirSync(join(dir, "http")).sort(), ["200.html", "404.html", "index.html"]);
      const protocol = PROTOCOLS.find((p) => p.id === "http")!;
      const g = await pageOf(protocol, 404, registeredTargets("http"));
      const exported = (c: number) => ([200, 404].includes(c) ? `${c}.html` : undefined);
      assert.equal(
        readFileSync(join(dir, "http", "404.html"), "utf8"),
        format.page(pageBlocks(g, DATE, EN, { pageOf: exported }), g, { protocol, pageOf: exported, root: false }),
      );
      // Only exported codes are linked: 404's related codes (4xx) were not exported.
      assert.ok(!/href="4\d\d\.html"/.test(readFileSync(join(dir, "http", "404.html"), "utf8")), "no link to a page that was not written");
      const index = readFileSync(join(dir, "http", "index.html"), "utf8");
      assert.deepEqual(
        [...index.matchAll(/<td><a href="(\d+)\.html">/g)].map((m) => m[1]),
        ["200", "404"],
      );
      assert.ok(!index.includes("../index.html"), "one protocol: no catalog index to link");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a format it does not write, and Markdown stays the default", () => {
    const bad = snipgen(["export", "never-written", "--format", "pdf"]);
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, 'snipgen: --format "pdf" is not one of markdown, html\n');
    const dir = mkdtempSync(join(tmpdir(), "snipgen-md-"));
    try {
      assert.equal(snipgen(["export", dir, "--protocol", "sip", "--codes", "486"]).status, 0);
      assert.deepEqual(readdirSync(join(dir, "sip")).sort(), ["486.md", "index.md"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("completion offers the export formats after export --format", () => {
    assert.equal(snipgen(["__complete", "export", "site", "--format", ""]).stdout, "markdown\tmarkdown\nhtml\thtml\n");
  });
});
