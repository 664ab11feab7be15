// The package as published: its manifest, its files, its types, and a real
// install of the packed tarball into a fresh project.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const manifest = require("phigate/package.json");
const pkgDir = dirname(require.resolve("phigate/package.json"));
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const npm = (args, cwd) => JSON.parse(execFileSync("npm", [...args, "--json"], { cwd, encoding: "utf8" }));

test("manifest: ESM, types first in exports, bin, engines, side effects", () => {
  assert.equal(manifest.name, "phigate");
  assert.equal(manifest.type, "module");
  assert.match(manifest.version, /^\d+\.\d+\.\d+/);
  const main = manifest.exports["."];
  assert.equal(Object.keys(main)[0], "types", "TypeScript reads the first matching condition");
  assert.deepEqual(Object.keys(main).slice(-1), ["default"]);
  assert.equal(manifest.exports["./package.json"], "./package.json");
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
  const referenced = [manifest.types, manifest.bin.phigate, ...Object.values(manifest.exports["."])].map((p) =>
    p.replace(/^\.\//, ""),
  );
  for (const file of referenced) assert.ok(packed.includes(file), `${file} is not packed`);
  assert.deepEqual(packed, [...manifest.files, "package.json"].sort());
});

test("the types compile against the package, and wrong uses fail", () => {
  // usage.ts holds @ts-expect-error lines: tsc fails if any of them is not an error.
  const tsc = join(root, "node_modules", ".bin", "tsc");
  execFileSync(tsc, ["-p", join(root, "pkg-tests", "types", "tsconfig.json")], { stdio: "pipe" });
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
