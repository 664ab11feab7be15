// The contract (contract/cases.mjs) in Node, against node_modules/phigate.
// chromium.test.mjs and workerd.test.mjs run the same cases in the other runtimes.
import { test } from "node:test";
import * as phigate from "phigate";
import { CASES } from "./contract/cases.mjs";
import { assert } from "./contract/assert.mjs";

for (const { name, run, todo } of CASES) {
  test(name, { todo }, async () => {
    await run(phigate, assert);
  });
}
