// What the Chromium and workerd drivers, the README tests and the runtime
// benchmark share: serving files over localhost, launching Debian's Chromium
// through Playwright, bundling a worker with wrangler (as users deploy one) and
// running it in workerd through Miniflare.
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const OUT = join(ROOT, "pkg-tests", ".out");
const require = createRequire(join(ROOT, "package.json"));
/** The built package as users get it: node_modules/phigate. */
export const PKG_DIR = dirname(require.resolve("phigate/package.json", { paths: [ROOT] }));
export const MANIFEST = JSON.parse(readFileSync(join(PKG_DIR, "package.json"), "utf8"));

/** A fresh scratch folder under pkg-tests/.out (ignored by git). */
export function scratch(name) {
  const dir = join(OUT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves folders on 127.0.0.1 at a free port: `mounts` maps a URL prefix
 * ("/npm/phigate@0.1.0/") to a folder. With `cors`, it answers like a CDN
 * (any origin may load its modules and fetch its .wasm).
 * Resolves to { origin, close() }.
 */
export function serve(mounts, { cors = false } = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    const file = prefix && normalize(join(mounts[prefix], path.slice(prefix.length)));
    const headers = cors ? { "Access-Control-Allow-Origin": "*" } : {};
    let body;
    try {
      if (!file || !(file + sep).startsWith(resolve(mounts[prefix]) + sep) && file !== resolve(mounts[prefix])) throw 0;
      body = readFileSync(statSync(file).isDirectory() ? join(file, "index.html") : file);
    } catch {
      res.writeHead(404, headers).end("not found");
      return;
    }
    res.writeHead(200, { ...headers, "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(body);
  });
  return new Promise((ok) =>
    server.listen(0, "127.0.0.1", () => {
      ok({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() });
    }),
  );
}

/** Debian's Chromium, headless (a browser download is impossible here; TOOLCHAIN.md). */
export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  // Chromium writes its profile and caches under XDG folders: keep them in the project.
  process.env.XDG_CONFIG_HOME ??= join(ROOT, ".cache", "xdg-config");
  process.env.XDG_CACHE_HOME ??= join(ROOT, ".cache", "xdg-cache");
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

/**
 * Opens `url` in a new page and awaits `window.<global>` (a promise the page
 * sets). Page errors and failed requests are collected: a page that cannot
 * load its module never sets the global, and this says why.
 */
export async function runPage(browser, url, global = "contract", { timeout = 30_000, route } = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("console", (msg) => msg.type() === "error" && problems.push(`console: ${msg.text()}`));
  page.on("requestfailed", (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  if (route) await page.route(route.match, route.handler);
  try {
    await page.goto(url);
    await page.waitForFunction((g) => window[g] !== undefined, global, { timeout });
    return await page.evaluate((g) => window[g], global);
  } catch (err) {
    throw new Error(`${url}: ${err.message.split("\n")[0]}\n${problems.join("\n")}`);
  } finally {
    await page.close();
  }
}

/** A built Vite app: `vite build` of `root` into a scratch folder, as a user would build it. */
export async function viteBuild(root, name) {
  const { build } = await import("vite");
  const outDir = scratch(name);
  await build({ root, configFile: false, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  return outDir;
}

/**
 * Bundles a worker the way `wrangler deploy` does (esbuild, the `workerd`
 * export condition, .wasm imports kept as modules) into a scratch folder.
 * Resolves to { dir, script }.
 */
export async function wranglerBundle(entry, name, compatibilityDate = "2025-01-01") {
  const dir = scratch(name);
  const wrangler = join(ROOT, "node_modules", ".bin", "wrangler");
  const args = ["deploy", "--dry-run", "--outdir", join(dir, "dist"), "--name", name,
    "--compatibility-date", compatibilityDate, entry];
  const env = {
    ...process.env,
    WRANGLER_SEND_METRICS: "false",
    XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME ?? join(ROOT, ".cache", "xdg-config"),
  };
  try {
    // Run inside the scratch folder: wrangler leaves a .wrangler/ folder in its working directory.
    await promisify(execFile)(wrangler, args, { cwd: dir, env });
  } catch (err) {
    throw new Error(`wrangler could not bundle ${entry}:\n${err.stdout}\n${err.stderr}`);
  }
  const script = entry.replace(/^.*[\\/]/, "").replace(/\.[mc]?[jt]s$/, ".js");
  return { dir: join(dir, "dist"), script: join(dir, "dist", script) };
}

/** A Miniflare (workerd) instance running a bundled worker; dispose() it after use. */
export async function miniflare({ dir, script }, compatibilityDate = "2025-01-01") {
  const { Miniflare } = await import("miniflare");
  const mf = new Miniflare({
    modules: true,
    scriptPath: script,
    modulesRoot: dir,
    modulesRules: [
      { type: "ESModule", include: ["**/*.js", "**/*.mjs"] },
      { type: "CompiledWasm", include: ["**/*.wasm"] },
    ],
    compatibilityDate,
  });
  await mf.ready;
  return mf;
}

/** The contract's results in this Node process, the reference every other runtime must match. */
export async function nodeResults() {
  const phigate = await import("phigate");
  const { runAll } = await import("../contract/cases.mjs");
  const { assert } = await import("../contract/assert.mjs");
  return runAll(phigate, assert);
}

/**
 * Reports a runtime's contract results as node:test subtests of `t`: one per
 * case, failing on a failed case or on any difference from Node's result. A
 * missing, extra or reordered case fails the whole run before that.
 */
export async function reportContract(t, runtime, results, reference) {
  const { CASES } = await import("../contract/cases.mjs");
  const { assert } = await import("../contract/assert.mjs");
  const names = CASES.map((c) => c.name);
  assert.ok(Array.isArray(results), `${runtime} returned no results`);
  assert.deepEqual(results.map((r) => r.name), names,
    `${runtime} ran ${results.length} cases, expected ${names.length}`);
  for (const [i, result] of results.entries()) {
    await t.test(result.name, { todo: CASES[i].todo }, () => {
      if (result.status === "fail" || result.status === "todo-fail") throw new Error(`in ${runtime}: ${result.error}`);
      const node = reference[i];
      assert.equal(result.status, node.status, `${runtime} ${result.status}, Node ${node.status}`);
      assert.equal(result.observed, node.observed, `${runtime} and Node observed different results`);
    });
  }
  // Also fail outright, not only per case, so the summary line cannot hide it.
  const failed = results.filter((r, i) => r.status === "fail" || r.observed !== reference[i].observed && !CASES[i].todo);
  assert.equal(failed.length, 0, `${runtime}: ${failed.length} cases failed or differ from Node: ${failed.map((r) => r.name).join("; ")}`);
}
