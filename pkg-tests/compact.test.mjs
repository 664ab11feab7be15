// The module answers compactly (src/wasm.rs) and js/filter.js builds the
// public objects from that. This holds those objects to the Rust API's own
// JSON of the same verdicts, findings and redactions (examples/verdict_json.rs,
// run natively): every message of the corpus, under policies and envelopes
// that reach every part of a verdict (allowlisted findings, blocks, reasons,
// attachments, services, odd channel ids), must serialize byte for byte alike.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Filter } from "phigate";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "pkg-tests", ".out");
mkdirSync(out, { recursive: true });

/** The plain text of every corpus message: markup and escapes undone. */
function corpusTexts() {
  const texts = [];
  for (const split of ["dev", "heldout", "writers"]) {
    for (const line of readFileSync(join(root, "tests", "corpus", `${split}.txt`), "utf8").split("\n")) {
      if (line.trim() === "" || line.startsWith("#")) continue;
      texts.push(
        line
          .replace(/\{\{[a-z_0-9]+(?:\/[a-z]+)?:/g, "")
          .replace(/\}\}/g, "")
          .replace(/\\(n|\\)/g, (_, c) => (c === "n" ? "\n" : "\\")),
      );
    }
  }
  return texts;
}

/** Runs the Rust API over `ops` under `policy`; its JSON lines. */
function native(name, policy, ops) {
  const policyPath = join(out, `compact-${name}-policy.json`);
  writeFileSync(policyPath, JSON.stringify(policy));
  const run = spawnSync("cargo", ["run", "--quiet", "--example", "verdict_json", "--", policyPath], {
    cwd: root,
    input: ops.map((op) => JSON.stringify(op)).join("\n") + "\n",
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  assert.equal(run.status, 0, `verdict_json failed: ${run.stderr}`);
  return run.stdout.split("\n").slice(0, -1);
}

function compare(name, policy, ops) {
  const expected = native(name, policy, ops);
  assert.equal(expected.length, ops.length);
  const filter = new Filter(policy);
  let differ = 0;
  let first;
  ops.forEach((op, k) => {
    const got = JSON.stringify(
      op.op === "check" ? filter.check(op.message) : op.op === "scan" ? filter.scan(op.text) : filter.redact(op.text),
    );
    if (got !== expected[k]) {
      differ += 1;
      // The corpus is fictional, so its line may be shown.
      first ??= `op ${k} (${op.op}):\n  js:   ${got}\n  rust: ${expected[k]}`;
    }
  });
  assert.equal(differ, 0, `${differ} of ${ops.length} differ; the first: ${first}`);
}

const texts = corpusTexts();

test("the corpus has the messages this test needs", () => {
  assert.ok(texts.length > 10_000, `${texts.length} messages`);
});

test("check(): every corpus message on a BAA channel, as the Rust API decides it", () => {
  compare("ohmd", {}, texts.map((body) => ({ op: "check", message: { channel: "ohmd", body } })));
});

test("check(): allowlists, blocked channels, purposes, attachments, services and odd channel ids", () => {
  const policy = {
    channels: { twilio: { baa: true } },
    allow: { phones: ["+1 415 555 0100", "(608) 555-0100"], domains: ["example.org"], names: ["Maria Lopez", "Patel"] },
  };
  const envelopes = [
    { channel: "twilio", to: "+14155550123", purpose: "treatment" },
    { channel: "sms" },
    { channel: "spruce", purpose: "marketing" },
    { channel: "spruce", purpose: "marketing", consent: true },
    { channel: "twilio", to: "+442071234567" },
    { channel: "ohmd", attachments: [{ contentType: "image/png", name: "card.png" }] },
    { channel: "ohmd", service: "voice" },
    { channel: "no such channel ☎ with a long id that goes on and on", to: "+14155550199" },
  ];
  const ops = texts
    .filter((_, k) => k % 3 === 0)
    .map((body, k) => ({ op: "check", message: { ...envelopes[k % envelopes.length], body } }));
  compare("mixed", policy, ops);
});

test("scan() and redact(): corpus messages, allowlisted findings included", () => {
  const policy = { allow: { phones: ["(608) 555-0100"], names: ["Patel"] } };
  const ops = texts
    .filter((_, k) => k % 4 === 1)
    .map((text, k) => (k % 2 === 0 ? { op: "scan", text } : { op: "redact", text }));
  compare("scan", policy, ops);
});

test("check(): bodies with quotes, backslashes, control characters, emoji and lone surrogates", () => {
  const bodies = [
    'He said "call 415-555-0142" \\ then left',
    "tab\there, bell\u0007, nul\u0000 and a line\r\nbreak for Maria Lopez",
    "😀 Mrs. Lopez, MRN 00123456, 🏥 fax 415-555-0188",
    "",
    "lone \ud83d surrogate after Ana Ruiz's HIV test",
  ];
  // Rust holds no lone surrogate: the JS layer sends U+FFFD in its place, as the test's input does.
  const ops = bodies.map((body) => ({ op: "check", message: { channel: "ohmd", body: body.toWellFormed?.() ?? body } }));
  compare("edge", {}, ops);
  const filter = new Filter();
  assert.equal(filter.check({ channel: "ohmd", body: bodies[4] }).audit.bodyLength, bodies[4].length);
});
