// A minimal Vite app: `import "phigate"` is resolved through the package's
// exports (the `browser` condition) and the .wasm becomes a hashed asset.
// ../chromium.test.mjs builds it, serves dist/ and reads window.contract.
import * as phigate from "phigate";
import { runAll } from "../contract/cases.mjs";
import { assert } from "../contract/assert.mjs";

window.contract = (async () => {
  await phigate.init();
  return { results: await runAll(phigate, assert) };
})().catch((err) => ({ error: String(err?.stack ?? err) }));
