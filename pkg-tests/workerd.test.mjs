// The contract (contract/cases.mjs) in workerd: the worker in workerd/ is
// bundled by wrangler as for a deploy and run by Miniflare. Every case must
// pass and match Node's result.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT, miniflare, nodeResults, reportContract, wranglerBundle } from "./runtimes/harness.mjs";

test("bundled by wrangler, run in workerd", async (t) => {
  const bundle = await wranglerBundle(join(ROOT, "pkg-tests", "workerd", "contract-worker.mjs"), "workerd-contract");
  // The .wasm must stay a module of its own (workerd compiles it; it forbids compiling bytes at run time).
  assert.ok(readdirSync(bundle.dir).some((f) => f.endsWith(".wasm")), "wrangler did not keep the .wasm as a module");
  const reference = await nodeResults();
  const mf = await miniflare(bundle);
  try {
    const res = await mf.dispatchFetch("http://phigate.test/");
    const text = await res.text();
    assert.equal(res.status, 200, text.slice(0, 2000));
    await reportContract(t, "workerd", JSON.parse(text).results, reference);
  } finally {
    await mf.dispose();
  }
});
