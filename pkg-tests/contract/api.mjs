// The JS API of the built package (DESIGN.md "JS API"): shapes, categories,
// UTF-16 offsets, audit records. All data is fictional: 555-01xx phones,
// example.org, invented names.
export const cases = [];
const test = (name, run, opts = {}) => cases.push({ name: `api: ${name}`, run, ...opts });

const CATEGORIES = [
  "name", "address", "zip", "date_of_birth", "date", "age_over_89", "phone", "fax", "email", "ssn",
  "mrn", "health_plan_id", "account_number", "payment_card", "license_number", "vehicle_id",
  "device_id", "url", "ip_address", "other_id", "condition", "medication", "procedure", "lab_result",
];
const FINDING_KEYS = new Set(["category", "start", "end", "sensitivity", "clinician", "allowed"]);

function assertFinding(assert, f, text) {
  for (const k of Object.keys(f)) assert.ok(FINDING_KEYS.has(k), `unexpected finding key ${k}`);
  assert.ok(CATEGORIES.includes(f.category), `unknown category ${f.category}`);
  assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start < f.end);
  assert.ok(f.end <= text.length);
  if ("clinician" in f) assert.equal(f.clinician, true);
  if ("allowed" in f) assert.equal(f.allowed, true);
}

/** `value` holds no 6-character piece of `text` (short enough to catch any leaked identifier). */
function assertNoTextOf(assert, value, text) {
  const json = JSON.stringify(value);
  for (let i = 0; i + 6 <= text.length; i++) {
    const piece = text.slice(i, i + 6);
    assert.ok(!json.includes(piece), `${JSON.stringify(piece)} leaked into ${json}`);
  }
}

test("init() resolves, again and again (a no-op where phigate is ready at import)", async ({ init }, assert) => {
  const first = init();
  assert.ok(first instanceof Promise);
  await first;
  await init();
});

test("version is a semver", ({ version }, assert) => {
  assert.match(version(), /^\d+\.\d+\.\d+/);
});

// [category, text, the finding of that category]. Astral characters (two UTF-16
// units each) come first, so byte or code-point offsets land in the wrong place.
const EVERY_CATEGORY = [
  ["name", "🩺 Hi Maria, your appointment is confirmed.", "Maria"],
  ["address", "🩺 She lives at 1234 Maple Ave, Apt 4B.", "1234 Maple Ave, Apt 4B"],
  ["zip", "🩺 Springfield, IL 62704", "62704"],
  ["date_of_birth", "🩺 DOB 03/14/1962", "03/14/1962"],
  ["date", "🩺 appt 03/14/2025 at 2 PM", "03/14/2025"],
  ["age_over_89", "🩺 92 y/o female", "92 y/o"],
  ["phone", "🩺 call (415) 555-0142", "(415) 555-0142"],
  ["fax", "🩺 fax 415-555-0188", "415-555-0188"],
  ["email", "🩺 write to jane.doe+labs@example.org today", "jane.doe+labs@example.org"],
  ["ssn", "🩺 SSN 219-09-9998 on file", "219-09-9998"],
  ["mrn", "🩺 MRN 00123456", "00123456"],
  ["health_plan_id", "🩺 Member ID: W123456789", "W123456789"],
  ["account_number", "🩺 account 88120045", "88120045"],
  ["payment_card", "🩺 card 4111 1111 1111 1111 exp 12/29", "4111 1111 1111 1111"],
  ["license_number", "🩺 NPI 1234567893", "1234567893"],
  ["vehicle_id", "🩺 VIN 1M8GDM9AXKP042788", "1M8GDM9AXKP042788"],
  ["device_id", "🩺 IMEI 490154203237518", "490154203237518"],
  ["url", "🩺 results at https://portal.example.org/r/88213", "https://portal.example.org/r/88213"],
  ["ip_address", "🩺 login from 192.168.10.24", "192.168.10.24"],
  ["other_id", "🩺 Claim CLM-2024-88812 was paid", "CLM-2024-88812"],
  ["condition", "🩺 diagnosed with type 2 diabetes", "type 2 diabetes"],
  ["medication", "🩺 take metformin 500 mg twice daily", "metformin 500 mg twice daily"],
  ["procedure", "🩺 your colonoscopy is on Friday", "colonoscopy"],
  ["lab_result", "🩺 your A1c was 7.2%", "A1c was 7.2%"],
];

function scanFinds({ Filter }, assert, [category, text, expected]) {
  const findings = new Filter().scan(text);
  for (const f of findings) assertFinding(assert, f, text);
  const got = findings.filter((f) => f.category === category).map((f) => text.slice(f.start, f.end));
  assert.deepEqual(got, [expected], `${category} in ${JSON.stringify(text)}`);
  return findings;
}

for (const row of EVERY_CATEGORY) test(`scan finds ${row[0]}`, (p, assert) => scanFinds(p, assert, row));

test("every category is covered above", (_p, assert) => {
  assert.deepEqual(EVERY_CATEGORY.map(([c]) => c), CATEGORIES);
});

test("scan gives findings with UTF-16 offsets into the original text", ({ Filter }, assert) => {
  const filter = new Filter();
  // Emoji (two UTF-16 units each) and accented letters before the findings.
  const text = "😀🩺 Renée, SSN 123-45-6789 — 👍 call 415-555-0142 today";
  const findings = filter.scan(text);
  for (const f of findings) assertFinding(assert, f, text);
  const got = findings.map((f) => [f.category, text.slice(f.start, f.end)]);
  assert.deepEqual(got.filter(([c]) => c !== "name"), [
    ["ssn", "123-45-6789"],
    ["phone", "415-555-0142"],
  ]);
  return findings;
});

test("scan of a text without PHI is empty", ({ Filter }, assert) => {
  assert.deepEqual(new Filter().scan("See you tomorrow at 2 PM."), []);
  assert.deepEqual(new Filter().scan(""), []);
});

test("redact replaces findings with placeholders and reports offsets into the original", ({ Filter }, assert) => {
  const text = "🙂 SSN 123-45-6789, call 415-555-0142.";
  const r = new Filter().redact(text);
  assert.deepEqual(Object.keys(r).sort(), ["findings", "text"]);
  assert.equal(r.text, "🙂 SSN [SSN], call [PHONE].");
  assert.deepEqual(r.findings.map((f) => text.slice(f.start, f.end)), ["123-45-6789", "415-555-0142"]);
  return r;
});

test("verdict and audit record have the documented shape", ({ Filter, version }, assert) => {
  const filter = new Filter();
  const body = "Hi, your lab slip: SSN 123-45-6789. Call 415-555-0142 with questions.";
  const v = filter.check({ channel: "ohmd", body, to: "+14155550123", purpose: "treatment" });
  assert.deepEqual(Object.keys(v).sort(), ["action", "audit", "body", "findings", "reasons"]);
  assert.equal(v.action, "redact");
  assert.equal(v.body, "Hi, your lab slip: SSN [SSN]. Call [PHONE] with questions.");
  for (const f of v.findings) assertFinding(assert, f, body);
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
  return v;
});

test("audit records and reasons never hold text of the message", ({ Filter }, assert) => {
  const filter = new Filter({ channels: { twilio: { baa: true } } });
  const bodies = [
    "Ms. Okonkwo, SSN 123-45-6789 and MRN 00123456 are on file; call 415-555-0142.",
    "Zanele Brightwater: your refill is ready at Oakfield Pharmacy, pickup after 3pm.",
    "Ticket 😀 for Quillon Varga, reply STOP to opt out of these wellness offers.",
  ];
  const channels = ["twilio", "ohmd", "sms", "no-such-vendor", "SSN 123-45-6789 leaks here"];
  const actions = [];
  for (const body of bodies) {
    for (const channel of channels) {
      for (const to of [undefined, "+14155550123", "+442079460018", "call Zanele"]) {
        const v = filter.check({ channel, body, to, purpose: "marketing" });
        actions.push(`${v.action}:${v.audit.reasons.join(",")}`);
        // Plain channel ids and E.164 numbers may be named; free text in any field may not.
        for (const text of [body, channel.includes(" ") ? channel : "", to?.includes(" ") ? to : ""]) {
          assertNoTextOf(assert, v.audit, text);
          assertNoTextOf(assert, v.reasons, text);
        }
      }
    }
  }
  return actions;
});

test("a channel id holding text is not echoed into the audit record", ({ Filter }, assert) => {
  const v = new Filter().check({ channel: "SSN 123-45-6789", body: "hello" });
  assert.equal(v.audit.channel, "(invalid channel id)");
  assert.ok(!JSON.stringify(v).includes("123-45"));
  return v;
});

test("the policy digest depends on the effective policy, not on how it is written", ({ Filter }, assert) => {
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
  return [a.policyDigest, c.policyDigest, effective];
});

test("lone surrogates neither throw nor shift offsets", ({ Filter }, assert) => {
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
  return v;
});

test("a 1 MB message is scanned whole, offsets right to the end", ({ Filter }, assert) => {
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
  return v.audit;
});

test("many filters with different policies decide independently", ({ Filter }, assert) => {
  const open = new Filter({ channels: { twilio: { baa: true } } });
  const closed = new Filter();
  const m = { channel: "twilio", body: "See you tomorrow at 2 PM.", to: "+14155550123" };
  for (let i = 0; i < 50; i++) {
    assert.equal(open.check(m).action, "allow");
    assert.equal(closed.check(m).action, "block");
  }
});
