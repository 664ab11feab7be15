// The examples of README.md's "Runtimes" section, extracted as they are and run
// in their runtimes: Node, a page in Chromium (the CDN URL served from the
// built package), a Vite app in Chromium, and a Worker bundled by wrangler in
// workerd. What each must print is the `→` comment the README shows.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PKG_DIR, ROOT, launchChromium, miniflare, scratch, serve, viteBuild, wranglerBundle } from "./runtimes/harness.mjs";

/** The fenced blocks under each `### ` heading of the `## Runtimes` section. */
function runtimeExamples() {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.split(/^## /m).find((s) => s.startsWith("Runtimes\n"));
  assert.ok(section, "README.md has no ## Runtimes section");
  const examples = {};
  for (const part of section.split(/^### /m).slice(1)) {
    const heading = part.slice(0, part.indexOf("\n")).trim();
    examples[heading] = [...part.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map(([, lang, code]) => ({ lang, code }));
  }
  return examples;
}

const EXAMPLES = runtimeExamples();
/** The one block of `lang` under `heading`. */
function block(heading, lang) {
  const blocks = (EXAMPLES[heading] ?? []).filter((b) => b.lang === lang);
  assert.equal(blocks.length, 1, `README "### ${heading}" must hold one ${lang} block`);
  return blocks[0].code;
}
/** The text after `→` in the example's comment: what it must print. */
const expected = (code) => code.match(/(?:\/\/|#) → (.*)$/m)?.[1] ?? assert.fail("no `→` comment in the example");

test("README covers exactly the four runtimes", () => {
  assert.deepEqual(Object.keys(EXAMPLES), ["Node", "Browser", "Vite", "Cloudflare Workers"]);
});

test("README Node example", () => {
  const code = block("Node", "js");
  const dir = scratch("readme-node"); // under the project, so `import "phigate"` finds node_modules/phigate
  writeFileSync(join(dir, "example.mjs"), code);
  const out = execFileSync(process.execPath, [join(dir, "example.mjs")], { encoding: "utf8" });
  assert.equal(out, `${expected(code)}\n`);
});

let browser;
before(async () => {
  browser = await launchChromium();
});
after(() => browser?.close());

/** Opens `url` and waits for the page's body text, which the examples write. */
async function bodyText(url, route) {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (err) => problems.push(err.message));
  try {
    if (route) await page.route(route.match, route.handler);
    await page.goto(url);
    await page.waitForFunction(() => document.body?.innerText.trim() !== "", null, { timeout: 20_000 });
    return await page.evaluate(() => document.body.innerText.trim());
  } catch (err) {
    throw new Error(`${err.message.split("\n")[0]}\n${problems.join("\n")}`);
  } finally {
    await page.close();
  }
}

test("README Browser example, its CDN URL answered by the built package", async () => {
  const html = block("Browser", "html");
  const cdnUrl = html.match(/from "(https:\/\/[^"]+)"/)?.[1];
  assert.ok(cdnUrl, "the example imports no https URL");
  const cdnDir = new URL(".", cdnUrl).href;
  const dir = scratch("readme-browser");
  writeFileSync(join(dir, "index.html"), `<!doctype html>\n<meta charset="utf-8">\n${html}`);
  const site = await serve({ "/": dir });
  let served = 0;
  try {
    // Playwright answers for the CDN (nothing leaves the machine) with the package's files.
    const route = {
      match: (url) => url.href.startsWith(cdnDir),
      handler: (r) => {
        served += 1;
        const file = join(PKG_DIR, new URL(r.request().url()).pathname.slice(new URL(cdnDir).pathname.length));
        const type = file.endsWith(".wasm") ? "application/wasm" : "text/javascript";
        r.fulfill({ body: readFileSync(file), contentType: type, headers: { "Access-Control-Allow-Origin": "*" } });
      },
    };
    assert.equal(await bodyText(`${site.origin}/index.html`, route), expected(html));
    assert.ok(served >= 3, `only ${served} files came from the CDN (entry, filter, glue, wasm expected)`);
  } finally {
    site.close();
  }
});

test("README Vite example, built by Vite", async () => {
  const code = block("Vite", "js");
  const app = scratch("readme-vite-app");
  writeFileSync(join(app, "index.html"), '<!doctype html>\n<meta charset="utf-8">\n<script type="module" src="./main.js"></script>\n');
  writeFileSync(join(app, "main.js"), code);
  const dist = await viteBuild(app, "readme-vite-dist");
  const site = await serve({ "/": dist });
  try {
    assert.equal(await bodyText(`${site.origin}/index.html`), expected(code));
  } finally {
    site.close();
  }
});

test("README Cloudflare Workers example, bundled by wrangler, in workerd", async () => {
  const code = block("Cloudflare Workers", "js");
  const curl = block("Cloudflare Workers", "sh");
  const payload = curl.match(/-d '([^']+)'/)?.[1] ?? assert.fail("no -d payload in the curl line");
  const dir = scratch("readme-worker-src");
  writeFileSync(join(dir, "index.js"), code);
  const mf = await miniflare(await wranglerBundle(join(dir, "index.js"), "readme-worker"));
  try {
    const res = await mf.dispatchFetch("http://localhost:8787/", { method: "POST", body: payload });
    assert.equal(await res.text(), expected(curl));
    assert.equal(res.status, 200);
  } finally {
    await mf.dispose();
  }
});
