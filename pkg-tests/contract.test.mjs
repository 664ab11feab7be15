// The JS contract of the built package (DESIGN.md "JS API"), imported as users do.
// All data is fictional: 555-01xx phones, example.org, invented names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Filter, version } from "phigate";

const CATEGORIES = new Set([
  "name", "address", "zip", "date_of_birth", "date", "age_over_89", "phone", "fax", "email", "ssn",
  "mrn", "health_plan_id", "account_number", "payment_card", "license_number", "vehicle_id",
  "device_id", "url", "ip_address", "other_id", "condition", "medication", "procedure", "lab_result",
]);
const FINDING_KEYS = new Set(["category", "start", "end", "sensitivity", "clinician", "allowed"]);

function assertFinding(f, text) {
  for (const k of Object.keys(f)) assert.ok(FINDING_KEYS.has(k), `unexpected finding key ${k}`);
  assert.ok(CATEGORIES.has(f.category), `unknown category ${f.category}`);
  assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start < f.end);
  assert.ok(f.end <= text.length);
  if ("clinician" in f) assert.equal(f.clinician, true);
  if ("allowed" in f) assert.equal(f.allowed, true);
}

/** `value` holds no 6-character piece of `text` (short enough to catch any leaked identifier). */
function assertNoTextOf(value, text) {
  const json = JSON.stringify(value);
  for (let i = 0; i + 6 <= text.length; i++) {
    const piece = text.slice(i, i + 6);
    assert.ok(!json.includes(piece), `${JSON.stringify(piece)} leaked into ${json}`);
  }
}

test("version is the crate version", () => {
  assert.match(version(), /^\d+\.\d+\.\d+/);
});

test("scan gives findings with UTF-16 offsets into the original text", () => {
  const filter = new Filter();
  // Emoji (two UTF-16 units each) and accented letters before the findings:
  // byte or code-point offsets would land in the wrong place.
  const text = "😀🩺 Renée, SSN 123-45-6789 — 👍 call 415-555-0142 today";
  const findings = filter.scan(text);
  for (const f of findings) assertFinding(f, text);
  const got = findings.map((f) => [f.category, text.slice(f.start, f.end)]);
  assert.deepEqual(got.filter(([c]) => c !== "name"), [
    ["ssn", "123-45-6789"],
    ["phone", "415-555-0142"],
  ]);
});

test("scan of a text without PHI is empty", () => {
  assert.deepEqual(new Filter().scan("See you tomorrow at 2 PM."), []);
  assert.deepEqual(new Filter().scan(""), []);
});

test("redact replaces findings with placeholders and reports offsets into the original", () => {
  const text = "🙂 SSN 123-45-6789, call 415-555-0142.";
  const r = new Filter().redact(text);
  assert.deepEqual(Object.keys(r).sort(), ["findings", "text"]);
  assert.equal(r.text, "🙂 SSN [SSN], call [PHONE].");
  assert.deepEqual(r.findings.map((f) => text.slice(f.start, f.end)), ["123-45-6789", "415-555-0142"]);
});

test("verdict and audit record have the documented shape", () => {
  const filter = new Filter();
  const body = "Hi, your lab slip: SSN 123-45-6789. Call 415-555-0142 with questions.";
  const v = filter.check({ channel: "ohmd", body, to: "+14155550123", purpose: "treatment" });
  assert.deepEqual(Object.keys(v).sort(), ["action", "audit", "body", "findings", "reasons"]);
  assert.equal(v.action, "redact");
  assert.equal(v.body, "Hi, your lab slip: SSN [SSN]. Call [PHONE] with questions.");
  for (const f of v.findings) assertFinding(f, body);
  assert.deepEqual(v.reasons.map((r) => r.code), ["phi_redacted"]);
  for (const r of v.reasons) assert.deepEqual(Object.keys(r).sort(), ["code", "message"]);
  assert.deepEqual(v.audit, {
    channel: "ohmd",
    service: "sms",
    action: "redact",
    reasons: ["phi_redacted"],
    counts: { phone: 1, ssn: 1 },
    redacted: 2,
    attachments: 0,
    bodyLength: body.length,
    policyDigest: filter.policyDigest,
    version: version(),
  });
  assert.match(filter.policyDigest, /^[0-9a-f]{64}$/);
});

test("audit records and reasons never hold text of the message", () => {
  const filter = new Filter({ channels: { twilio: { baa: true } } });
  const bodies = [
    "Ms. Okonkwo, SSN 123-45-6789 and MRN 00123456 are on file; call 415-555-0142.",
    "Zanele Brightwater: your refill is ready at Oakfield Pharmacy, pickup after 3pm.",
    "Ticket 😀 for Quillon Varga, reply STOP to opt out of these wellness offers.",
  ];
  const channels = ["twilio", "ohmd", "sms", "no-such-vendor", "SSN 123-45-6789 leaks here"];
  for (const body of bodies) {
    for (const channel of channels) {
      for (const to of [undefined, "+14155550123", "+442079460018", "call Zanele"]) {
        const v = filter.check({ channel, body, to, purpose: "marketing" });
        // Plain channel ids and E.164 numbers may be named; free text in any field may not.
        for (const text of [body, channel.includes(" ") ? channel : "", to?.includes(" ") ? to : ""]) {
          assertNoTextOf(v.audit, text);
          assertNoTextOf(v.reasons, text);
        }
      }
    }
  }
});

test("a channel id holding text is not echoed into the audit record", () => {
  const v = new Filter().check({ channel: "SSN 123-45-6789", body: "hello" });
  assert.equal(v.audit.channel, "(invalid channel id)");
  assert.ok(!JSON.stringify(v).includes("123-45"));
});

test("the policy digest depends on the effective policy, not on how it is written", () => {
  const a = new Filter({ channels: { twilio: { baa: true } }, countries: ["+1"] });
  const b = new Filter({ countries: ["+1"], channels: { twilio: { baa: true, services: ["voice", "mms", "sms"] } } });
  const c = new Filter();
  assert.equal(a.policyDigest, b.policyDigest);
  assert.notEqual(a.policyDigest, c.policyDigest);
  assert.equal(new Filter({}).policyDigest, c.policyDigest);
  const effective = a.policy();
  assert.deepEqual(effective.channels.twilio, { baa: true, services: ["sms", "mms", "voice"] });
  assert.deepEqual(effective.countries, ["+1"]);
  assert.equal(effective.categories.name, "allow");
  assert.equal(effective.categories.ssn, "redact");
});

test("lone surrogates neither throw nor shift offsets", () => {
  const filter = new Filter();
  const text = "\uD83D SSN 123-45-6789 \uDC00 call 415-555-0142 \uD800";
  const findings = filter.scan(text);
  assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ["123-45-6789", "415-555-0142"]);
  const r = filter.redact(text);
  assert.equal(r.text, "\uFFFD SSN [SSN] \uFFFD call [PHONE] \uFFFD");
  const v = filter.check({ channel: "ohmd", body: text, attachments: [{ contentType: "text/plain", name: "x\uDC00.txt" }] });
  assert.equal(v.action, "redact");
  assert.equal(v.body, r.text);
  assert.equal(v.audit.bodyLength, text.length);
});

test("a 1 MB message is scanned whole, offsets right to the end", () => {
  const filter = new Filter();
  const line = "Reminder 😀 for your visit; SSN 123-45-6789 on file, call 415-555-0142. ";
  const body = line.repeat(Math.ceil((1 << 20) / line.length));
  const per = new Filter().scan(line).length;
  const findings = filter.scan(body);
  assert.equal(findings.length, per * Math.ceil((1 << 20) / line.length));
  const last = findings.at(-1);
  assert.equal(body.slice(last.start, last.end), "415-555-0142");
  const v = filter.check({ channel: "ohmd", body });
  assert.equal(v.action, "redact");
  assert.ok(!v.body.includes("123-45-6789") && !v.body.includes("415-555-0142"));
  assert.equal(v.audit.bodyLength, body.length);
  assert.equal(v.audit.counts.ssn, findings.filter((f) => f.category === "ssn").length);
});

test("many filters with different policies decide independently", () => {
  const open = new Filter({ channels: { twilio: { baa: true } } });
  const closed = new Filter();
  const m = { channel: "twilio", body: "See you tomorrow at 2 PM.", to: "+14155550123" };
  for (let i = 0; i < 50; i++) {
    assert.equal(open.check(m).action, "allow");
    assert.equal(closed.check(m).action, "block");
  }
});
