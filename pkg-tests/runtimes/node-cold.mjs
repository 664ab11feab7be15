// One fresh Node start for scripts/bench-runtimes. The clock starts in the
// main module, as an application's own code would import phigate: after Node's
// module loader is running (bootstrapping it costs ~4 ms of any first
// import, phigate or not), just before `import("phigate")`.
// Usage: node node-cold.mjs '[bodies...]' → {coldMs, action, perMessage}
import { firstVerdict, perMessage } from "./measure.mjs";

const t0 = performance.now();
const p = await import("phigate");
const action = firstVerdict(p);
const coldMs = performance.now() - t0;
const bodies = JSON.parse(process.argv[2] ?? "[]");
const per = bodies.length ? perMessage(p, bodies, () => performance.now()) : null;
console.log(JSON.stringify({ coldMs, action, perMessage: per }));
