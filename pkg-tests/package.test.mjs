// The package as published: its manifest, its files, its types, and a real
// install of the packed tarball into a fresh project.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const manifest = require("phigate/package.json");
const pkgDir = dirname(require.resolve("phigate/package.json"));
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
mkdirSync(join(root, "pkg-tests", ".out"), { recursive: true });
const npm = (args, cwd) => JSON.parse(execFileSync("npm", [...args, "--json"], { cwd, encoding: "utf8" }));

test("manifest: ESM, exports conditions in order, bin, engines, side effects", () => {
  assert.equal(manifest.name, "phigate");
  assert.equal(manifest.type, "module");
  assert.match(manifest.version, /^\d+\.\d+\.\d+/);
  const main = manifest.exports["."];
  // Resolvers take the first condition they know: types first (TypeScript), the
  // runtimes before the generic `browser` (wrangler knows both), default last.
  assert.deepEqual(Object.keys(main), ["types", "workerd", "worker", "browser", "node", "default"]);
  assert.deepEqual(
    [main.workerd, main.worker, main.browser, main.node, main.default],
    ["./workerd.js", "./workerd.js", "./browser.js", "./node.js", "./browser.js"],
  );
  assert.equal(manifest.exports["./package.json"], "./package.json");
  assert.equal(manifest.exports["./phigate_core_bg.wasm"], "./phigate_core_bg.wasm");
  assert.equal(manifest.bin.phigate, "./cli.js");
  assert.equal(manifest.engines.node, ">=20");
  // Entries that only install the module must not be dropped by bundlers.
  for (const entry of new Set(Object.values(main).filter((p) => p !== main.types))) {
    assert.ok(manifest.sideEffects.includes(entry), `${entry} missing from sideEffects`);
  }
});

test("every file the manifest points at is packed, and nothing else", () => {
  const [{ files }] = npm(["pack", "--dry-run"], pkgDir);
  const packed = files.map((f) => f.path).sort();
  const exported = Object.values(manifest.exports).flatMap((e) => (typeof e === "string" ? [e] : Object.values(e)));
  const referenced = [manifest.types, manifest.bin.phigate, ...exported].map((p) =>
    p.replace(/^\.\//, ""),
  );
  for (const file of referenced) assert.ok(packed.includes(file), `${file} is not packed`);
  assert.deepEqual(packed, [...manifest.files, "package.json"].sort());
});

test("the whole package is under 1 MB unpacked", () => {
  const [{ unpackedSize, size }] = npm(["pack", "--dry-run"], pkgDir);
  assert.ok(unpackedSize < 1_000_000, `${unpackedSize} bytes unpacked`);
  assert.ok(size < unpackedSize);
});

test("the module with all its word lists is at most 400 KB gzipped", async () => {
  // Issue 3's size budget. A float parser once added 13.6 KB in one line.
  const { gzipSync } = await import("node:zlib");
  const wasm = readFileSync(join(pkgDir, "phigate_core_bg.wasm"));
  const gz = gzipSync(wasm, { level: 9 }).length;
  assert.ok(gz <= 400_000, `${gz} bytes gzipped`);
});

const tsc = join(root, "node_modules", ".bin", "tsc");
const types = join(root, "pkg-tests", "types");

test("the Node entry works without process.getBuiltinModule (Node 20 before 20.16)", () => {
  // node.js reads the .wasm through process.getBuiltinModule when there is one
  // and imports node:fs otherwise; this takes the second way.
  const script = `delete process.getBuiltinModule;
    const { Filter } = await import("phigate");
    console.log(new Filter().check({ channel: "ohmd", body: "Call 415-555-0142." }).action);`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
  assert.equal(out.trim(), "redact");
});

test("the types compile against the package (strict, its .d.ts checked), and wrong uses fail", () => {
  // usage.ts (no DOM lib, as in Node) and browser.ts (DOM lib) hold
  // @ts-expect-error lines: tsc fails if any of them is not an error.
  for (const config of ["tsconfig.json", "tsconfig.browser.json"]) {
    execFileSync(tsc, ["-p", join(types, config)], { stdio: "pipe" });
  }
});

test("tsc does report a misuse (the control for the test above)", () => {
  const dir = mkdtempSync(join(root, "pkg-tests", ".out", "tsc-"));
  writeFileSync(join(dir, "wrong.ts"), 'import { Filter } from "phigate";\nnew Filter().check({ chanel: "ohmd", body: "hi" });\nconst n: number = new Filter().scan("x");\n');
  const config = JSON.parse(readFileSync(join(types, "tsconfig.json"), "utf8"));
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ ...config, files: ["wrong.ts"] }));
  const out = spawnSync(tsc, ["-p", join(dir, "tsconfig.json")], { encoding: "utf8" }).stdout;
  assert.match(out, /wrong\.ts\(2,\d+\): error TS2561: .*'chanel'.*Did you mean to write 'channel'/);
  assert.match(out, /wrong\.ts\(3,7\): error TS2322: Type 'Finding\[\]' is not assignable to type 'number'/);
  assert.equal(out.match(/error TS/g).length, 2, out);
});

test("the packed tarball installs and works in a fresh project", () => {
  const dir = mkdtempSync(join(tmpdir(), "phigate-install-"));
  const [{ filename }] = npm(["pack", "--pack-destination", dir], pkgDir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", join(dir, filename)], { cwd: dir, stdio: "pipe" });
  writeFileSync(
    join(dir, "app.js"),
    'import { Filter } from "phigate";\n' +
      'console.log(new Filter().check({ channel: "ohmd", body: "call 415-555-0142" }).body);\n',
  );
  assert.equal(execFileSync(process.execPath, ["app.js"], { cwd: dir, encoding: "utf8" }), "call [PHONE]\n");
  const bin = join(dir, "node_modules", ".bin", "phigate");
  assert.ok(existsSync(bin), "npm did not link the phigate bin");
  const out = execFileSync(bin, ["redact", "SSN 123-45-6789"], { cwd: dir, encoding: "utf8" });
  assert.equal(JSON.parse(out).text, "SSN [SSN]");
});
