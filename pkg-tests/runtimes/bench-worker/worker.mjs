// scripts/bench-runtimes in workerd. Its clock stands still while a Worker
// starts (time moves only inside a request), so the first request imports
// phigate itself: wrangler bundles the dynamic import, evaluated on first use.
// The .wasm is compiled by workerd before, as it is when a Worker is deployed.
import { firstVerdict, perMessage } from "../measure.mjs";

export default {
  async fetch(request) {
    const t0 = performance.now();
    const phigate = await import("phigate");
    const action = firstVerdict(phigate);
    const coldMs = performance.now() - t0;
    const bodies = await request.json();
    const per = bodies.length ? perMessage(phigate, bodies, () => performance.now()) : null;
    return Response.json({ coldMs, action, perMessage: per });
  },
};
