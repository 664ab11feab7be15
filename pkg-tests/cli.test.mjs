// The `phigate` command of the built package, run as a child process.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const manifest = require("phigate/package.json");
const CLI = join(require.resolve("phigate/package.json"), "..", manifest.bin.phigate);

/** Runs the CLI with `args` and `input` on stdin; resolves { status, stdout, stderr }. */
function phigate(args, input = "") {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", reject);
    child.on("close", (status) =>
      resolve({ status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }),
    );
    child.stdin.end(input);
  });
}

const dir = mkdtempSync(join(tmpdir(), "phigate-cli-"));
const TWILIO_POLICY = join(dir, "twilio.json");
writeFileSync(TWILIO_POLICY, JSON.stringify({ channels: { twilio: { baa: true } } }));
const BAD_POLICY = join(dir, "bad.json");
writeFileSync(BAD_POLICY, JSON.stringify({ channels: { imessage: { baa: true } } }));

test("the bin is an executable node script", () => {
  assert.ok(readFileSync(CLI, "utf8").startsWith("#!/usr/bin/env node\n"));
  assert.ok(statSync(CLI).mode & 0o111, "cli.js is not executable");
});

test("check prints the verdict as JSON", async () => {
  const r = await phigate(["check", "--channel", "twilio", "--to", "+14155550123", "SSN 123-45-6789 on file"]);
  assert.equal(r.status, 0, r.stderr);
  const v = JSON.parse(r.stdout);
  assert.equal(v.action, "block");
  assert.deepEqual(v.audit.reasons, ["channel_no_baa"]);
});

test("check honours --policy, --purpose and --consent", async () => {
  const base = ["check", "--policy", TWILIO_POLICY, "--channel", "twilio", "--to", "+14155550123"];
  let v = JSON.parse((await phigate([...base, "SSN 123-45-6789 on file"])).stdout);
  assert.equal(v.action, "redact");
  assert.equal(v.body, "SSN [SSN] on file");
  v = JSON.parse((await phigate([...base, "--purpose", "marketing", "Spring wellness fair!"])).stdout);
  assert.deepEqual(v.audit.reasons, ["marketing_without_consent"]);
  v = JSON.parse((await phigate([...base, "--purpose", "marketing", "--consent", "Spring wellness fair!"])).stdout);
  assert.equal(v.action, "allow");
});

test("scan and redact", async () => {
  const scan = await phigate(["scan", "call 415-555-0142"]);
  assert.deepEqual(JSON.parse(scan.stdout), [{ category: "phone", start: 5, end: 17 }]);
  const redact = await phigate(["redact", "call 415-555-0142"]);
  assert.equal(JSON.parse(redact.stdout).text, "call [PHONE]");
});

test("--jsonl: one verdict per line in order; a bad line gives its number and the batch goes on", async () => {
  const lines = [
    JSON.stringify({ channel: "ohmd", body: "SSN 123-45-6789 on file" }),
    '{"channel": "ohmd", "body": "SSN 987-65-4320, Odalys Fenwick"', // cut short: not JSON
    "",
    JSON.stringify({ channel: "ohmd", body: "Odalys Fenwick 987-65-4320", cc: "x" }),
    "   ",
    JSON.stringify({ channel: "sms", body: "See you tomorrow" }),
    JSON.stringify({ channel: "ohmd", body: 9876543210 }),
    JSON.stringify(["Odalys Fenwick 987-65-4320"]),
    JSON.stringify({ channel: "ohmd", body: "See you tomorrow" }),
  ];
  const r = await phigate(["check", "--jsonl"], lines.join("\r\n") + "\n");
  assert.equal(r.status, 1, r.stderr);
  const out = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
  assert.equal(out.length, 7);
  assert.equal(out[0].action, "redact");
  assert.deepEqual(out[1], { line: 2, error: { code: "PHIGATE_INVALID_JSON", message: "the line is not valid JSON" } });
  assert.equal(out[2].line, 4);
  assert.equal(out[2].error.code, "PHIGATE_INVALID_MESSAGE");
  assert.equal(out[3].action, "block");
  assert.equal(out[4].line, 7);
  assert.match(out[4].error.message, /message\.body must be a string/);
  assert.equal(out[5].line, 8);
  assert.equal(out[6].action, "allow");
  // A bad line's content never comes back out: it may be PHI.
  for (const s of [r.stdout, r.stderr]) assert.ok(!/987-65|Odalys|9876543210/.test(s), s);
});

test("--jsonl with only good lines exits 0, even when messages are blocked", async () => {
  const input = [{ channel: "ohmd", body: "hi" }, { channel: "imessage", body: "hi" }].map((m) => JSON.stringify(m)).join("\n");
  const r = await phigate(["check", "--jsonl", "--policy", TWILIO_POLICY], input);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).action), ["allow", "block"]);
});

test("--jsonl streams a large batch in order", async () => {
  const n = 5000;
  const input = Array.from({ length: n }, (_, i) =>
    JSON.stringify({ channel: i % 3 ? "ohmd" : "sms", body: `Refill ${"#".repeat(i % 97)} ready; call 415-555-0142.` }),
  ).join("\n");
  const r = await phigate(["check", "--jsonl"], input);
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
  assert.equal(out.length, n);
  for (const [i, v] of out.entries()) {
    assert.equal(v.audit.bodyLength, `Refill ${"#".repeat(i % 97)} ready; call 415-555-0142.`.length, `line ${i + 1}`);
    assert.equal(v.action, i % 3 ? "redact" : "block", `line ${i + 1}`);
  }
});

// [args, what stderr must say]; the text argument holds PHI and must never be echoed.
const USAGE_ERRORS = [
  [[], /no command given/],
  [["send", "SSN 123-45-6789"], /unknown command/],
  [["check", "SSN 123-45-6789"], /check needs --channel/],
  [["check", "--channel", "ohmd"], /check needs TEXT/],
  [["check", "--channel", "ohmd", "SSN 123-45-6789", "again"], /one TEXT argument/],
  [["check", "--chanel", "ohmd", "SSN 123-45-6789"], /unknown option --chanel/],
  [["check", "--channel", "ohmd", "-SSN 123-45-6789"], /unknown option/],
  [["check", "--channel"], /option --channel needs a value/],
  [["check", "--jsonl", "SSN 123-45-6789"], /takes no TEXT/],
  [["check", "--jsonl", "--channel", "ohmd"], /--channel: only for check with TEXT/],
  [["scan", "--jsonl", "SSN 123-45-6789"], /--jsonl works with check only/],
];

for (const [args, says] of USAGE_ERRORS) {
  test(`usage error: ${says.source}`, async () => {
    const r = await phigate(args);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, "");
    assert.match(r.stderr, says);
    assert.match(r.stderr, /usage:/);
    assert.ok(!r.stderr.includes("123-45"), r.stderr);
  });
}

test("a bad policy file is exit 2, naming the field", async () => {
  const r = await phigate(["check", "--policy", BAD_POLICY, "--channel", "ohmd", "hi"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /PHIGATE_INVALID_POLICY: policy\.channels\.imessage\.baa/);
  const missing = await phigate(["check", "--policy", join(dir, "none.json"), "--channel", "ohmd", "hi"]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read the policy file/);
});

test("an invalid single message is exit 1 and not echoed", async () => {
  const r = await phigate(["check", "--channel", "ohmd", "--purpose", "sales", "SSN 123-45-6789"]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /PHIGATE_INVALID_MESSAGE: message\.purpose/);
  assert.ok(!r.stderr.includes("123-45"));
});
