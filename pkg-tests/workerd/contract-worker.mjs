// The contract (../contract/cases.mjs) as a Worker: wrangler bundles it with
// `import "phigate"` resolved through the `workerd` export condition, and
// ../workerd.test.mjs runs it in workerd (Miniflare). Each request runs every case.
import * as phigate from "phigate";
import { runAll } from "../contract/cases.mjs";
import { assert } from "../contract/assert.mjs";

export default {
  async fetch() {
    return Response.json({ results: await runAll(phigate, assert) });
  },
};
