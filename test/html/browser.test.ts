/**
 * The HTML export as a reader sees it: `snipgen export DIR --format html` opened from the disk in
 * headless Chromium (Debian's chromium, driven by playwright-core). The index's filter hides the rows
 * that do not match, each copy button puts its snippet on the clipboard, every link lands on a file of
 * the export, no page logs a console error, no request leaves file://, and a page of hostile text runs
 * none of it. Screenshots go to .tmp/html/.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { htmlFormat, STYLESHEET } from "../../src/output/html-export.js";
import { pageBlocks } from "../../src/output/markdown.js";
import { PROTOCOLS, registeredTargets } from "../helpers/registry.js";
import { ROOT, snipgen, snipgenJson } from "../helpers/snipgen.js";
import { skipWhenMissing } from "../helpers/toolchains.js";
import { DATE, hostilePage } from "./pages.js";
import { Messages } from "../../src/i18n/catalog.js";

/** The pages these tests read are the English ones. */
const EN = new Messages("en");

const CHROMIUM = process.env.SNIPGEN_CHROMIUM ?? "/usr/bin/chromium";
const skip = skipWhenMissing(existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed (Debian package chromium)`);
const OUT = join(ROOT, ".tmp", "html");
const SITE = join(OUT, "site");

interface Code {
  code: number;
  reason: string;
  class: string;
}
const codesOf = (protocol: string) => JSON.parse(snipgen(["codes", "--protocol", protocol, "--format", "json"]).stdout) as Code[];

/** Every file under a folder, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe("the HTML export in Chromium", { skip }, () => {
  let browser: Browser;
  let context: BrowserContext;
  /** Everything the pages asked for, and what each page said on its console as an error. */
  const requests: string[] = [];
  const errors: string[] = [];

  before(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const r = snipgen(["export", SITE, "--format", "html"]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^wrote \d+ files to /);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: process.getuid?.() === 0 ? ["--no-sandbox"] : [] });
    context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    // Every request is seen here; one that would leave the disk is recorded and never sent.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      requests.push(url);
      return url.startsWith("file://") ? route.continue() : route.abort();
    });
  });

  after(async () => {
    await browser?.close();
  });

  /** A page of the export, opened from the disk, its console errors and uncaught exceptions recorded. */
  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
    page.on("dialog", (d) => {
      errors.push(`${page.url()}: a dialog opened: ${d.message()}`);
      void d.dismiss();
    });
    const response = await page.goto(pathToFileURL(path).href);
    assert.ok(response?.ok(), `${path} opens`);
    return page;
  }

  it("writes a page per code and an index per protocol, DIR/index.html and one stylesheet", () => {
    const files = filesUnder(SITE);
    const expected = [
      "index.html",
      "snipgen.css",
      ...PROTOCOLS.flatMap((p) => [...codesOf(p.id).map((c) => `${p.id}/${c.code}.html`), `${p.id}/index.html`]),
    ].sort();
    assert.deepEqual(files, expected);
  });

  it("every link of every page lands on a file of the export (and on an id of it, with a #fragment), or is an http(s) link", () => {
    let checked = 0;
    for (const file of filesUnder(SITE).filter((f) => f.endsWith(".html"))) {
      const html = readFileSync(join(SITE, file), "utf8");
      for (const [, href] of html.matchAll(/ href="([^"]*)"/g)) {
        if (/^https?:\/\//.test(href!)) continue;
        const [path, fragment] = href!.replace(/&amp;/g, "&").split("#") as [string, string | undefined];
        const target = path ? resolve(SITE, dirname(file), path) : join(SITE, file);
        assert.ok(target.startsWith(SITE) && existsSync(target), `${file}: ${href} does not exist`);
        if (fragment) assert.ok(readFileSync(target, "utf8").includes(` id="${fragment}"`), `${file}: ${href} has no such id`);
        checked++;
      }
    }
    assert.ok(checked > 1000, `only ${checked} links`);
  });

  it("the index's filter box hides the rows that do not match, and counts the others", async () => {
    const page = await open(join(SITE, "http", "index.html"));
    const codes = codesOf("http");
    const rows = page.locator("table.filtered tbody tr");
    const visible = page.locator("table.filtered tbody tr:visible");
    const filter = page.getByRole("searchbox");
    assert.ok(await filter.isVisible(), "the filter box shows when scripts run");
    assert.equal(await rows.count(), codes.length);
    assert.equal(await visible.count(), codes.length);

    await filter.fill("server error");
    const serverErrors = codes.filter((c) => c.class === "Server Error");
    assert.ok(serverErrors.length > 5);
    assert.deepEqual(
      await visible.locator("td:first-child").allTextContents(),
      serverErrors.map((c) => String(c.code)),
    );
    assert.equal(await page.locator(".filter output").textContent(), `${serverErrors.length} of ${codes.length}`);

    await filter.fill("not found");
    assert.deepEqual(await visible.locator("td:first-child").allTextContents(), ["404"]);
    await page.screenshot({ path: join(OUT, "index-filtered.png") });

    await filter.fill("no such reason at all");
    assert.equal(await visible.count(), 0);
    await filter.fill("");
    assert.equal(await visible.count(), codes.length);
    await page.close();
  });

  it("links lead from DIR/index.html to a protocol, a code, a related code and back", async () => {
    const page = await open(join(SITE, "index.html"));
    const follow = async (name: string | RegExp, file: string) => {
      await Promise.all([page.waitForURL(pathToFileURL(join(SITE, file)).href), page.getByRole("link", { name, exact: true }).first().click()]);
    };
    await follow("HTTP", "http/index.html");
    await follow("202", "http/202.html");
    assert.equal(await page.locator("h1").textContent(), "202 Accepted");
    // 201 is one of the codes people confuse 202 with ("More HTTP codes").
    await page.locator("table").getByRole("link", { name: "201", exact: true }).first().click();
    await page.waitForURL(pathToFileURL(join(SITE, "http", "201.html")).href);
    await follow("HTTP status codes", "http/index.html");
    await follow("Status codes", "index.html");
    await follow("SIP", "sip/index.html");
    await follow("486", "sip/486.html");
    assert.equal(await page.locator("h1").textContent(), "486 Busy Here");
    await page.close();
  });

  for (const [protocol, code] of [
    ["http", 202],
    ["sip", 486],
  ] as const) {
    it(`${protocol} ${code}: each snippet's copy button puts that snippet on the clipboard`, async () => {
      const page = await open(join(SITE, protocol, `${code}.html`));
      if (protocol === "http") await page.screenshot({ path: join(OUT, `${protocol}-${code}.png`) });
      const doc = snipgenJson([protocol, String(code), "--all"]);
      assert.ok(doc.snippets.length >= 2);
      for (const s of doc.snippets) {
        const button = page.locator(`[id="${s.framework}"] ~ .code`).first().locator("button.copy");
        await button.click();
        assert.equal(await page.evaluate("navigator.clipboard.readText()"), s.code, `${s.framework}'s snippet`);
        assert.equal(await button.textContent(), "Copied");
      }
      await page.close();
    });
  }

  it("a page of hostile bodies, headers, titles and links runs none of it and shows each code block as it is", async () => {
    const protocol = PROTOCOLS.find((p) => p.id === "http")!;
    const g = await hostilePage(protocol, registeredTargets("http"));
    const format = await htmlFormat();
    const dir = join(OUT, "hostile");
    mkdirSync(join(dir, "http"), { recursive: true });
    writeFileSync(join(dir, "snipgen.css"), STYLESHEET);
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>up</title>");
    writeFileSync(join(dir, "http", "index.html"), "<!doctype html><title>index</title>");
    writeFileSync(join(dir, "http", "200.html"), format.page(pageBlocks(g, DATE, EN), g, { protocol, pageOf: () => undefined, root: true }));
    const page = await open(join(dir, "http", "200.html"));
    assert.equal(await page.evaluate("typeof window.pwned"), "undefined");
    assert.equal(await page.locator("img, iframe, object, embed").count(), 0);
    assert.equal(await page.locator("script").count(), 1);
    const codes = pageBlocks(g, DATE, EN).flatMap((b) => ("code" in b ? [b.code] : []));
    assert.deepEqual(await page.locator(".code code").allTextContents(), codes);
    await page.locator(".code button.copy").last().click();
    assert.equal(await page.evaluate("navigator.clipboard.readText()"), codes.at(-1));
    await page.screenshot({ path: join(OUT, "hostile.png") });
    await page.close();
  });

  it("no page logged a console error, and no request left file://", () => {
    assert.deepEqual(errors, []);
    assert.ok(requests.length >= 10, `${requests.length} requests seen`);
    assert.deepEqual(
      requests.filter((u) => !u.startsWith("file://")),
      [],
    );
  });
});
