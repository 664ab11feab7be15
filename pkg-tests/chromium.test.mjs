// The contract (contract/cases.mjs) in headless Chromium, twice: the package
// imported by URL from another origin under a versioned path (as from a CDN),
// and bundled into a Vite app. Every case must pass and match Node's result.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { MANIFEST, PKG_DIR, ROOT, launchChromium, nodeResults, reportContract, runPage, serve, viteBuild } from "./runtimes/harness.mjs";

let browser, app, cdn, reference;
before(async () => {
  browser = await launchChromium();
  app = await serve({ "/pkg-tests/": join(ROOT, "pkg-tests") });
  cdn = await serve({ [`/npm/phigate@${MANIFEST.version}/`]: PKG_DIR }, { cors: true });
  reference = await nodeResults();
});
after(async () => {
  await browser?.close();
  app?.close();
  cdn?.close();
});

test("imported by URL from another origin", async (t) => {
  const entry = `${cdn.origin}/npm/phigate@${MANIFEST.version}/${MANIFEST.exports["."].browser.replace(/^\.\//, "")}`;
  const out = await runPage(browser, `${app.origin}/pkg-tests/browser/index.html?entry=${encodeURIComponent(entry)}`);
  assert.equal(out.error, undefined, out.error);
  assert.equal(out.beforeInit, "PHIGATE_NOT_INITIALIZED", "a Filter before init() must throw");
  await reportContract(t, "Chromium (by URL)", out.results, reference);
});

test("bundled by Vite", async (t) => {
  const dist = await viteBuild(join(ROOT, "pkg-tests", "vite"), "vite-contract");
  const assets = readdirSync(join(dist, "assets"));
  assert.ok(assets.some((f) => f.endsWith(".wasm")), `Vite emitted no .wasm asset: ${assets}`);
  const site = await serve({ "/": dist }); // Vite's default base is "/"
  try {
    const out = await runPage(browser, `${site.origin}/index.html`);
    assert.equal(out.error, undefined, out.error);
    await reportContract(t, "Chromium (Vite)", out.results, reference);
  } finally {
    site.close();
  }
});
