// The speed budget in Node: this build's package against the package built
// from before the accuracy work, both loaded in one process and timed in
// alternating rounds over bench/messages.txt. Run by scripts/bench-baseline.
// Usage: node bench/baseline.mjs BASELINE_PKG_DIR THIS_PKG_DIR MESSAGES [SAMPLES]
import { readFileSync } from "node:fs";

const [oldDir, newDir, messagesPath, samplesArg] = process.argv.slice(2);
const samples = Math.max(10, Number(samplesArg) || 40);
const policy = { channels: { twilio: { baa: true } } };
const oldFilter = new (await import(`${oldDir}/node.js`)).Filter(policy);
const newFilter = new (await import(`${newDir}/node.js`)).Filter(policy);
const bodies = readFileSync(messagesPath, "utf8").split("\n").filter((l) => l.trim() !== "");
const messages = bodies.map((body) => ({ channel: "twilio", body, to: "+14155550123", purpose: "treatment" }));
const perSample = 600;

function run(filter) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < perSample; i++) filter.check(messages[i % messages.length]);
  return Number(process.hrtime.bigint() - t0) / 1e3 / perSample; // µs per message
}
for (let k = 0; k < 3; k++) { run(oldFilter); run(newFilter); } // JIT, allocator growth
const olds = [], news = [], ratios = [];
for (let k = 0; k < samples; k++) {
  const a = run(oldFilter), b = run(newFilter);
  olds.push(a); news.push(b); ratios.push(b / a);
}
const q = (v, f) => [...v].sort((x, y) => x - y)[Math.floor((v.length - 1) * f)];
console.log(`Node check(): baseline ${q(olds, 0.5).toFixed(1)} µs, this build ${q(news, 0.5).toFixed(1)} µs; ` +
  `this build takes ${q(ratios, 0.5).toFixed(2)}x the baseline's time ` +
  `(median of ${samples} alternating samples; quartiles ${q(ratios, 0.25).toFixed(2)}-${q(ratios, 0.75).toFixed(2)})`);
