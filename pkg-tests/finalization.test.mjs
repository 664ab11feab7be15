// Handles are freed when their Filter is collected, but never across a restart:
// after a trap, handle numbers start again in the new instance, so an old
// Filter's late finalizer must not free a new Filter's handle.
// Its own file: it relies on a fresh process, where the first handle is 0.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Filter, __trapForTests } from "phigate";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");
// White box: the glue the package itself uses (same file, so the same module instance).
const pkgDir = dirname(createRequire(import.meta.url).resolve("phigate/package.json"));
const core = await import(pathToFileURL(join(pkgDir, "phigate_core.js")).href);

const isFreed = (handle) => {
  try {
    core.filterPolicy(handle);
    return false;
  } catch (err) {
    return /freed/.test(err.message);
  }
};

/** Collects garbage until `done()` holds (finalizers run as later tasks). */
async function collectUntil(done) {
  for (let i = 0; i < 50 && !done(); i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return done();
}

test("a collected Filter frees its handle; one from a dead instance frees nothing", async () => {
  (() => new Filter())(); // handle 0 in the first instance, dropped at once
  __trapForTests();
  assert.throws(() => new Filter(), { code: "PHIGATE_INTERNAL" }); // restart: a new instance
  const survivor = new Filter({ channels: { twilio: { baa: true } } }); // handle 0 again, in the new instance
  (() => new Filter())(); // handle 1, dropped: the positive control
  assert.ok(await collectUntil(() => isFreed(1)), "the dropped Filter's handle was never freed");
  assert.ok(!isFreed(0), "an old instance's finalizer freed a live Filter's handle");
  const v = survivor.check({ channel: "twilio", body: "call 415-555-0142", to: "+14155550123" });
  assert.equal(v.action, "redact");
});
