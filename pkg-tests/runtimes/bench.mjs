// scripts/bench-runtimes: per runtime (Node, Chromium, workerd) the time from
// import to the first verdict (median of fresh starts) and the per-message cost
// of check() over bench/messages.txt; then the package's size.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { MANIFEST, PKG_DIR, ROOT, launchChromium, miniflare, runPage, serve, wranglerBundle } from "./harness.mjs";

const STARTS = 7;
const bodies = readFileSync(join(ROOT, "bench", "messages.txt"), "utf8").split("\n").filter((l) => l.trim() !== "");
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const rows = [];

// Node: each start a fresh process; the clock starts in the main module just
// before `import("phigate")` (see node-cold.mjs).
{
  const script = join(ROOT, "pkg-tests", "runtimes", "node-cold.mjs");
  const once = (b) => JSON.parse(execFileSync(process.execPath, [script, JSON.stringify(b)], { cwd: ROOT, encoding: "utf8" }));
  const colds = Array.from({ length: STARTS }, () => once([]).coldMs);
  rows.push(["Node " + process.version, median(colds), once(bodies).perMessage]);
}

// Chromium: each start a fresh browser context (empty cache), the package served over localhost.
{
  const browser = await launchChromium();
  const site = await serve({ "/pkg/": PKG_DIR, "/bench/": join(ROOT, "bench"), "/r/": join(ROOT, "pkg-tests", "runtimes") });
  const entry = `${site.origin}/pkg/${MANIFEST.exports["."].browser.slice(2)}`;
  const url = (cold) => `${site.origin}/r/bench.html?entry=${encodeURIComponent(entry)}${cold ? "&cold" : ""}`;
  const colds = [];
  for (let i = 0; i < STARTS; i++) {
    const context = await browser.newContext();
    colds.push((await runPage(context, url(true), "bench")).coldMs);
    await context.close();
  }
  const { perMessage } = await runPage(browser, url(false), "bench");
  rows.push([`Chromium ${browser.version()}`, median(colds), perMessage]);
  site.close();
  await browser.close();
}

// workerd: the clock starts in the worker's first module, before phigate's are evaluated.
{
  const bundle = await wranglerBundle(join(ROOT, "pkg-tests", "runtimes", "bench-worker", "worker.mjs"), "bench-worker");
  const colds = [];
  let perMessage;
  for (let i = 0; i < STARTS; i++) {
    const mf = await miniflare(bundle);
    const res = await (await mf.dispatchFetch("http://bench/", { method: "POST", body: JSON.stringify(i ? [] : bodies) })).json();
    colds.push(res.coldMs);
    perMessage ??= res.perMessage;
    await mf.dispose();
  }
  rows.push(["workerd (Miniflare)", median(colds), perMessage]);
}

const avgLen = Math.round(bodies.reduce((n, b) => n + b.length, 0) / bodies.length);
console.log(`phigate ${MANIFEST.version}: import → first verdict (median of ${STARTS} fresh starts); check() per message over ${bodies.length} messages of ~${avgLen} chars (median of runs)`);
for (const [name, cold, per] of rows) {
  const budget = ((per.median / 1000 / 10) * 100).toFixed(2);
  console.log(`  ${name.padEnd(24)} first verdict ${cold.toFixed(1).padStart(6)} ms   check ${per.median.toFixed(1).padStart(5)} µs/message (min ${per.min.toFixed(1)}, max ${per.max.toFixed(1)}; ${budget}% of a 10 ms CPU budget)`);
}
const [{ size, unpackedSize, entryCount }] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: PKG_DIR, encoding: "utf8" }));
const wasm = readFileSync(join(PKG_DIR, "phigate_core_bg.wasm"));
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`package: ${kb(unpackedSize)} unpacked in ${entryCount} files, ${kb(size)} packed (.tgz); wasm ${kb(wasm.length)}, ${kb(gzipSync(wasm, { level: 9 }).length)} gzipped`);
